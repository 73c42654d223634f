using System.Text.Json;
using ContainerKit.Docker.Provisioning;
using ContainerKit.Rendering;
using Docker.DotNet.Models;

namespace ContainerKit.IntegrationTests.MultiPlatform;

/// <summary>
/// An environment on amd64 and arm64, through the targets as a user runs them on an amd64 machine: BuildGeneric
/// builds both (arm64 through QEMU, on the arm64 test base), Run picks the machine's platform unless --platform
/// picks the other (where <c>uname -m</c> says aarch64), Submit to the local Slurm cluster does the same, BuildUser layers the user on arm64, and PushGeneric
/// --image-index publishes one OCI image index per role over both platforms, which pulls back as each platform's own image.
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class MultiPlatformTests(EngineFixture engine) : IDisposable
{
    internal static readonly string Script = ScratchRepository.Definition("MultiarchEnvironment", "it-multiarch", "containerkit-it/multiarch", "debian:bookworm-slim",
        "public override Matrix Matrix => Matrix.Platforms(Platform.Amd64, Platform.Arm64);",
        // The example's cpu base stage, word for word: the emulated Python install (minutes under QEMU) is one
        // BuildKit cache entry with the example's arm64 build (README's command) and the benchmark's.
        "public override AptPackages BaseApt => [\"python3\", \"python3-venv\", \"python3-pip\"];",
        "public override InteractiveShell DevShell => InteractiveShell.Bash;");

    /// <summary>A Slurm cluster (the local one TestCluster provisions) whose job names no platform.</summary>
    private const string Cluster = """
        using ContainerKit.Clusters;

        public sealed class MultiarchCluster : SlurmCluster
        {
            public override SlurmContainerRuntime Runtime => SlurmContainerRuntime.Docker;

            public override JobResources Defaults => new() { Cpus = 1, Memory = MemorySize.Megabytes(256), Time = TimeSpan.FromMinutes(10) };

            public override IReadOnlyList<Job> Jobs => [new UnattendedJob("run") { Variables = new() { SkipInstallProject = true } }];
        }

        """;

    private readonly ScratchRepository _repository = new();

    private string Image => $"{engine.Namespace.Name}/containerkit-it/multiarch";

    [Fact]
    public async Task Both_platforms_build_run_layer_the_user_and_publish_one_index_that_pulls_as_each_platform()
    {
        await _repository.CommitAsync("multiarch.env.csx", Script);
        // The cluster Submit uses below, committed with the definition: the images are tagged with this commit.
        Directory.CreateDirectory(Path.Combine(_repository.Root, "build", "Clusters"));
        File.WriteAllText(Path.Combine(_repository.Root, "build", "Clusters", "MultiarchCluster.cs"), Cluster);
        await _repository.GitAsync("add", "-A");
        await _repository.GitAsync("-c", "user.name=ck", "-c", "user.email=ck@localhost", "commit", "-q", "-m", "cluster");

        var build = await RunAsync("BuildGeneric");
        Assert.True(build.Exit == 0, build.Log);
        foreach (var platform in new[] { "amd64", "arm64" })
        {
            var image = await engine.Connection.Client.Images.InspectImageAsync($"{Image}:{platform}-cpu-run-latest-root");
            Assert.Equal(platform, image.Architecture);
        }

        var native = await RunAsync("Run", "--env", "SKIP_INSTALL_PROJECT=1", "--command", "uname -m");
        Assert.True(native.Exit == 0, native.Log);
        Assert.Equal("x86_64\n", native.Output);
        Assert.Contains("Run: the selection has entries for linux/amd64 and linux/arm64; using this machine's platform linux/amd64 (--platform arm64 picks another)",
            native.Log, StringComparison.Ordinal);
        var emulated = await RunAsync("Run", "--platform", "arm64", "--env", "SKIP_INSTALL_PROJECT=1", "--command", "uname -m");
        Assert.True(emulated.Exit == 0, emulated.Log);
        Assert.Equal("aarch64\n", emulated.Output);

        // Submit picks the machine's platform as Run does, and --platform arm64 runs the job under emulation on the Slurm node.
        var job = await RunAsync("Submit", "--cluster", "multiarch", "--command", "uname -m", "--wait");
        Assert.True(job.Exit == 0, job.Log);
        Assert.Equal("x86_64\n", job.Output);
        Assert.Contains("multiarch/run: the selection has entries for linux/amd64 and linux/arm64; using this machine's platform linux/amd64 (--platform arm64 picks another)",
            job.Log, StringComparison.Ordinal);
        var emulatedJob = await RunAsync("Submit", "--cluster", "multiarch", "--platform", "arm64", "--command", "uname -m", "--wait");
        Assert.True(emulatedJob.Exit == 0, emulatedJob.Log);
        Assert.Equal("aarch64\n", emulatedJob.Output);

        var user = await RunAsync("BuildUser", "--platform", "arm64", "--user", "alice", "--usrid", "4242", "--grp", "lab", "--grpid", "4343");
        Assert.True(user.Exit == 0, user.Log);
        var layered = await engine.RunAsync($"{Image}:arm64-cpu-run-latest-alice", ["sh", "-c", "id -un; uname -m"], o => o with { Environment = ["SKIP_INSTALL_PROJECT=1"] });
        Assert.True(layered.Exit == 0, layered.Error);
        Assert.Equal("alice\naarch64\n", layered.Output);

        var push = await RunAsync("PushGeneric", "--image-index", "--registry", TestEngineProvisioner.RegistryAddress);
        Assert.True(push.Exit == 0, push.Log);
        var index = $"{TestEngineProvisioner.RegistryAddress}/{Image}:cpu-run-latest-root";
        Assert.Contains($"{index} over linux/amd64, linux/arm64", push.Log, StringComparison.Ordinal);
        using (var http = new HttpClient())
        using (var request = new HttpRequestMessage(HttpMethod.Get, $"http://{TestEngineProvisioner.RegistryAddress}/v2/{Image}/manifests/cpu-run-latest-root"))
        {
            request.Headers.Accept.ParseAdd(ImageIndexDocument.MediaType);
            using var response = await http.SendAsync(request);
            Assert.True(response.IsSuccessStatusCode, response.ToString());
            Assert.Equal(ImageIndexDocument.MediaType, response.Content.Headers.ContentType?.MediaType);
            var manifests = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("manifests");
            Assert.Equal(["amd64", "arm64"], manifests.EnumerateArray().Select(m => m.GetProperty("platform").GetProperty("architecture").GetString()));
        }
        foreach (var platform in new[] { "amd64", "arm64" })
        {
            var built = await engine.Connection.Client.Images.InspectImageAsync($"{Image}:{platform}-cpu-run-latest-root");
            await engine.Connection.Client.Images.CreateImageAsync(
                new ImagesCreateParameters { FromImage = $"{TestEngineProvisioner.RegistryAddress}/{Image}", Tag = "cpu-run-latest-root", Platform = "linux/" + platform },
                null, new Progress<JSONMessage>());
            var pulled = await engine.Connection.Client.Images.InspectImageAsync(index);
            Assert.Equal(platform, pulled.Architecture);
            Assert.Equal(built.ID, pulled.ID);
        }
    }

    public void Dispose() => _repository.Dispose();

    private Task<(int Exit, string Output, string Log)> RunAsync(params string[] arguments) =>
        TargetHost.RunSeparatedAsync(engine, _repository.Root, [.. arguments, "--definition", "multiarch.env.csx"]);
}
