using ContainerKit.Docker.Provisioning;

namespace ContainerKit.IntegrationTests.Engine;

/// <summary>
/// Issue 13 (2) on the real engine: Run mounts the declared dataset read-only, the output and the cache writable, with
/// their variables, as root (generic image) and as the user (BuildUser's image); --mount adds one; a missing host path
/// stops Run with exit 2 before a container starts.
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class MountTargetsTests(EngineFixture engine) : IDisposable
{
    /// <summary>
    /// The host-targets environment (same name, image and build, so its images are shared with <see cref="HostTargetsTests"/>)
    /// with three mounts: mounts change compose.yaml and render.json, never the images.
    /// </summary>
    internal static string Script(string cacheFolder) => ScratchRepository.Definition("HostTargetsEnvironment", "it-host-targets", "containerkit-it/host-targets",
        TestEngineProvisioner.BaseImage, """public override AptPackages BaseApt => ["python3", "python3-venv"];""",
        $$"""public override IReadOnlyList<Mount> Mounts => [Mount.Dataset("data", "/data").WithVariable("DATA_DIR"), Mount.Output("outputs", "/outputs").WithVariable("OUTPUT_DIR"), Mount.Cache("{{cacheFolder}}", "/cache").WithVariable("HF_HOME")];""");

    // Each mount is probed in the container: the dataset is read and must refuse a write, the others take one.
    private const string Probe =
        "sh -c 'cat \"$DATA_DIR/input.txt\"; cat /extra/extra.txt; "
        + "if touch \"$DATA_DIR/written\" 2>/dev/null; then echo dataset-writable; else echo dataset-read-only; fi; "
        + "id -u > \"$OUTPUT_DIR/by-$(id -u)\" && echo output-written; id -u > \"$HF_HOME/by-$(id -u)\" && echo cache-written'";

    private readonly ScratchRepository _repository = new();

    [Fact]
    public async Task Declared_mounts_are_readable_or_writable_as_declared_as_root_and_as_the_user()
    {
        var cache = Path.Combine(_repository.Root, "cache-outside");
        await _repository.CommitAsync("mounts.env.csx", Script(cache));
        var generic = await RunAsync("BuildGeneric");
        Assert.True(generic.Exit == 0, generic.Log);

        var missing = await RunAsync("Run", "--command", "true");
        Assert.True(missing.Exit == 2, missing.Log);
        Assert.Contains($"error CK1058 at it-host-targets/amd64-cpu Mounts: the host path of the dataset mount at /data does not exist (value: '{Path.Combine(_repository.Root, "data")}')", missing.Log, StringComparison.Ordinal);
        Assert.Contains($"the host path of the cache mount at /cache does not exist (value: '{cache}')", missing.Log, StringComparison.Ordinal);

        foreach (var folder in new[] { "data", "extra", "outputs", cache })
        {
            var path = Directory.CreateDirectory(Path.Combine(_repository.Root, folder)).FullName;
            // The user layer's user (UID 4321) must write the writable ones; a real user owns them.
            if (folder is "outputs" || folder == cache) File.SetUnixFileMode(path, (UnixFileMode)0x1FF);
        }
        File.WriteAllText(Path.Combine(_repository.Root, "data", "input.txt"), "dataset-content\n");
        File.WriteAllText(Path.Combine(_repository.Root, "extra", "extra.txt"), "extra-content\n");

        var asRoot = await RunAsync("Run", "--mount", "extra:/extra:ro", "--env", "SKIP_INSTALL_PROJECT=1", "--command", Probe);
        Assert.True(asRoot.Exit == 0, asRoot.Log);
        Assert.Equal("dataset-content\nextra-content\ndataset-read-only\noutput-written\ncache-written\n", asRoot.StandardOutput);

        File.WriteAllText(Path.Combine(_repository.Root, ".env"), "USR=ck-mounts\nUSRID=4321\nGRP=ck-mounts\nGRPID=4322\n");
        var user = await RunAsync("BuildUser");
        Assert.True(user.Exit == 0, user.Log);
        var asUser = await RunAsync("Run", "--mount", "extra:/extra:ro", "--env", "SKIP_INSTALL_PROJECT=1", "--command", Probe);
        Assert.True(asUser.Exit == 0, asUser.Log);
        Assert.Equal("dataset-content\nextra-content\ndataset-read-only\noutput-written\ncache-written\n", asUser.StandardOutput);

        Assert.Equal("0\n", File.ReadAllText(Path.Combine(_repository.Root, "outputs", "by-0")));
        Assert.Equal("4321\n", File.ReadAllText(Path.Combine(_repository.Root, "outputs", "by-4321")));
        Assert.Equal("4321\n", File.ReadAllText(Path.Combine(cache, "by-4321")));
        Assert.Equal(["input.txt"], Directory.GetFiles(Path.Combine(_repository.Root, "data")).Select(Path.GetFileName));
    }

    /// <inheritdoc />
    public void Dispose() => _repository.Dispose();

    private Task<(int Exit, string StandardOutput, string Log)> RunAsync(params string[] arguments) =>
        TargetHost.RunSeparatedAsync(engine, _repository.Root, [.. arguments, "--definition", "mounts.env.csx"]);
}
