using ContainerKit.Docker.Processes;
using ContainerKit.IntegrationTests.Faults;

namespace ContainerKit.IntegrationTests.MultiPlatform;

/// <summary>
/// CK3140 from the real build host against the real daemon: run in a mount namespace of its own where
/// binfmt_misc is hidden under an empty tmpfs (<c>unshare -m</c>, as root), the host finds no qemu-aarch64 handler,
/// and BuildGeneric and Run of an arm64 entry are refused before anything is built or run, naming the handler and
/// SetupEmulation. The mount never leaves that namespace: the other tests keep their emulation.
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class MissingEmulatorTests(EngineFixture engine) : IDisposable
{
    /// <summary>An environment on amd64 and arm64 with an image name of its own, so no other test's arm64 images count as built here.</summary>
    internal static readonly string Script = ScratchRepository.Definition("NoEmulatorEnvironment", "it-no-emulator", "containerkit-it/no-emulator", "debian:bookworm-slim",
        "public override Matrix Matrix => Matrix.Platforms(Platform.Amd64, Platform.Arm64);");

    private readonly ScratchRepository _repository = new();

    [Fact]
    public async Task Without_the_binfmt_handler_arm64_entries_are_CK3140_naming_the_handler_and_SetupEmulation_and_nothing_is_built()
    {
        Assert.True(Environment.UserName == "root", "hiding binfmt_misc in a mount namespace needs root (as CI and TestEngine have)");
        await _repository.CommitAsync("no-emulator.env.csx", Script);

        foreach (var arguments in new[] { new[] { "BuildGeneric", "--platform", "arm64" }, ["Run", "--platform", "arm64", "--command", "uname -m"] })
        {
            var (exit, output) = await RunWithoutBinfmtAsync(arguments);

            Assert.True(exit == 1, $"exit {exit}: {output}");
            Assert.Contains("error CK3140 at it-no-emulator/arm64-cpu: linux/arm64 cannot run on this linux/amd64 machine: "
                + "no binfmt handler qemu-aarch64 is registered in /proc/sys/fs/binfmt_misc", output, StringComparison.Ordinal);
            Assert.Contains("run `./build.sh SetupEmulation`", output, StringComparison.Ordinal);
        }
        var images = await engine.Connection.Client.Images.ListImagesAsync(new global::Docker.DotNet.Models.ImagesListParameters { All = false });
        Assert.DoesNotContain(images.SelectMany(i => i.RepoTags ?? []), t => t.StartsWith($"{engine.Namespace.Name}/containerkit-it/no-emulator:", StringComparison.Ordinal));
    }

    public void Dispose() => _repository.Dispose();

    private async Task<(int Exit, string Output)> RunWithoutBinfmtAsync(IReadOnlyList<string> arguments)
    {
        var output = new StringWriter();
        var exit = await ProcessRunner.RunAsync("unshare",
            ["-m", "sh", "-c", "mount -t tmpfs tmpfs /proc/sys/fs/binfmt_misc && exec \"$@\"", "sh",
                .. HostProcess.Command([.. arguments, "--root", _repository.Root, "--definition", "no-emulator.env.csx", .. engine.HostArguments])],
            _repository.Root, new Dictionary<string, string>(), output, CancellationToken.None);
        return (exit, output.ToString());
    }
}
