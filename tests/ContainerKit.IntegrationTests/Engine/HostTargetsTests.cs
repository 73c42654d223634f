using System.Net;
using System.Net.Sockets;
using ContainerKit.Docker;
using ContainerKit.Docker.Provisioning;
using ContainerKit.Docker.Workspace;

namespace ContainerKit.IntegrationTests.Engine;

/// <summary>
/// Issue 11 (6-9) through the host on the real engine, each on a scratch git repository with definitions of its own:
/// Run's stdout is the command's stdout only; the user layer follows .env; a base image that cannot be pulled gets
/// CK3011 while an entry whose base is only on a registry builds; a -dirty revision is not pushed; a missing tag names
/// the target that builds it.
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class HostTargetsTests(EngineFixture engine) : IDisposable
{
    /// <summary>The environment that builds: the test base with Debian's Python.</summary>
    internal static readonly string GoodEnvironment = ScratchRepository.Definition("HostTargetsEnvironment", "it-host-targets", "containerkit-it/host-targets",
        TestEngineProvisioner.BaseImage, """public override AptPackages BaseApt => ["python3", "python3-venv"];""");

    /// <summary>An environment that is never built, whose pip file the test leaves untracked.</summary>
    internal static readonly string PushEnvironment = ScratchRepository.Definition("PushEnvironment", "it-host-push", "containerkit-it/host-push-never-built",
        TestEngineProvisioner.BaseImage, """public override PipRequirements Pip => PipRequirements.FromFile("deps/requirements.txt");""");

    private readonly ScratchRepository _repository = new();

    private string Image => $"{engine.Namespace.Name}/containerkit-it/host-targets";

    /// <summary>An environment whose base is only on the test registry (not in the local image store).</summary>
    internal static string RemoteEnvironment(string baseImage) =>
        ScratchRepository.Definition("RemoteEnvironment", "it-host-remote", "containerkit-it/host-remote", baseImage,
            """public override AptPackages BaseApt => ["python3", "python3-venv"];""");

    /// <summary>Two entries whose base is on a registry port where nothing listens.</summary>
    internal static string UnpullableEnvironment(int port) =>
        ScratchRepository.Definition("UnpullableEnvironment", "it-host-unpullable", "containerkit-it/host-unpullable", UnpullableBase(port),
            "public override Matrix Matrix => Matrix.Platforms(Platform.Amd64).Accelerations(Acceleration.Cpu, Acceleration.Cuda);");

    [Fact]
    public async Task Run_prints_only_the_commands_stdout_and_the_user_layer_follows_env()
    {
        await CommitAsync(GoodEnvironment);
        var generic = await RunAsync("BuildGeneric");
        Assert.True(generic.Exit == 0, generic.Log);
        File.WriteAllText(Path.Combine(_repository.Root, ".env"), "USR=ck-hostenv\nUSRID=4321\nGRP=ck-hostgrp\nGRPID=4322\n");

        var user = await RunAsync("BuildUser");
        Assert.True(user.Exit == 0, user.Log);
        Assert.NotNull(await engine.Engine.InspectImageAsync($"{Image}:amd64-cpu-run-latest-ck-hostenv", CancellationToken.None));

        var run = await RunAsync("Run", "--command", "sh -c 'echo to-stdout; echo to-stderr >&2; id -un; id -u; id -gn'");

        Assert.True(run.Exit == 0, run.Log);
        Assert.Equal("to-stdout\nck-hostenv\n4321\nck-hostgrp\n", run.StandardOutput);
        Assert.Contains("==> Run", run.Log, StringComparison.Ordinal);
        Assert.Contains("to-stderr", run.Log, StringComparison.Ordinal);
        Assert.DoesNotContain("to-stdout", run.Log, StringComparison.Ordinal);

        var list = await RunAsync("ListEnv");

        Assert.True(list.Exit == 0, list.Log);
        Assert.StartsWith($"== {Image}:amd64-cpu-run-latest-root\n-- dpkg\n", list.StandardOutput, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^python3\s", list.StandardOutput);
        Assert.DoesNotContain("==> ", list.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("-- dpkg", list.Log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_base_image_that_cannot_be_pulled_is_named_with_its_entries_and_an_entry_whose_base_is_on_a_registry_builds()
    {
        var port = UnusedPort();
        var unpullable = UnpullableBase(port);
        var remote = await engine.PushRegistryOnlyBaseAsync("host-base");
        await CommitAsync(RemoteEnvironment(remote) + UnpullableEnvironment(port));

        var build = await RunAsync("BuildGeneric");

        Assert.True(build.Exit == 1, build.Log);
        var diagnostic = Assert.Single(build.Log.Split('\n'), l => l.Contains(EngineDiagnostics.BaseImageUnavailableId, StringComparison.Ordinal));
        Assert.Contains(unpullable, diagnostic, StringComparison.Ordinal);
        Assert.Contains($"registry 127.0.0.1:{port}", diagnostic, StringComparison.Ordinal);
        Assert.Contains("connection refused", diagnostic, StringComparison.Ordinal);
        Assert.Contains("needed by it-host-unpullable/amd64-cpu, it-host-unpullable/amd64-cuda", diagnostic, StringComparison.Ordinal);
        Assert.Contains("docker login", build.Log, StringComparison.Ordinal);
        Assert.DoesNotContain("--stage", build.Log, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^it-host-unpullable/amd64-cpu\s+Failed", build.Log);
        Assert.Matches(@"(?m)^it-host-unpullable/amd64-cuda\s+Failed", build.Log);
        Assert.Matches(@"(?m)^it-host-remote/amd64-cpu\s+Succeeded", build.Log);
        Assert.NotNull(await engine.Engine.InspectImageAsync($"{engine.Namespace.Name}/containerkit-it/host-remote:amd64-cpu-run-latest-root", CancellationToken.None));
    }

    [Fact]
    public async Task A_dirty_revision_is_not_pushed_and_a_missing_tag_names_the_target_that_builds_it()
    {
        await CommitAsync(PushEnvironment);
        Directory.CreateDirectory(Path.Combine(_repository.Root, "deps"));
        File.WriteAllText(Path.Combine(_repository.Root, "deps", "requirements.txt"), "# untracked dependency file\n");
        var sha = await GitRevision.ReadAsync(_repository.Root, CancellationToken.None);

        var refused = await RunAsync("PushGeneric", "--registry", TestEngineProvisioner.RegistryAddress);

        Assert.Equal(1, refused.Exit);
        Assert.Contains($"{EngineDiagnostics.DirtyRevisionId}", refused.Log, StringComparison.Ordinal);
        Assert.Contains($"{sha}-dirty", refused.Log, StringComparison.Ordinal);
        Assert.Contains("--allow-dirty", refused.Log, StringComparison.Ordinal);

        var missing = await RunAsync("PushGeneric", "--registry", TestEngineProvisioner.RegistryAddress, "--allow-dirty");

        Assert.Equal(1, missing.Exit);
        Assert.Contains(EngineDiagnostics.ImageMissingId, missing.Log, StringComparison.Ordinal);
        Assert.Contains($"cannot push {engine.Namespace.Name}/containerkit-it/host-push-never-built:amd64-cpu-run-latest-root", missing.Log, StringComparison.Ordinal);
        Assert.Contains("./build.sh BuildGeneric", missing.Log, StringComparison.Ordinal);
        Assert.DoesNotContain("Docker API", missing.Log, StringComparison.Ordinal);
    }

    public void Dispose() => _repository.Dispose();

    private static string UnpullableBase(int port) => $"127.0.0.1:{port}/ck-it/unpullable-base:1";

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private Task CommitAsync(string script) => _repository.CommitAsync("host.env.csx", script);

    private Task<(int Exit, string StandardOutput, string Log)> RunAsync(params string[] arguments) =>
        TargetHost.RunSeparatedAsync(engine, _repository.Root, [.. arguments, "--definition", "host.env.csx"]);
}
