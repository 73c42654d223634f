using System.Diagnostics;
using ContainerKit.Docker.Connection;
using ContainerKit.Definitions;
using ContainerKit.Diagnostics;
using Docker.DotNet.Models;

namespace ContainerKit.Docker.Provisioning;

/// <summary>
/// Makes sure the integration tests have a real engine (DESIGN §5): a daemon (Debian's docker.io, started without
/// a bridge network), a debootstrapped base image, and Debian's registry on <see cref="RegistryAddress"/> only.
/// It also registers QEMU user-mode emulation (<see cref="EmulationProvisioner"/>) and makes the arm64 test base
/// <see cref="Arm64BaseImage"/> through it, once. Idempotent: when everything answers it only probes. It never replaces a tag it did not create: the base is
/// also tagged <see cref="BaseImageAlias"/> only when that tag does not exist, so the example builds here; tests
/// reach the base through <see cref="BaseImageSubstitution"/> instead.
/// </summary>
/// <param name="workFolder">Folder for logs, the rootfs and registry storage (e.g. <c>artifacts/test-engine</c>).</param>
/// <param name="progress">Receives one line per step.</param>
public sealed class TestEngineProvisioner(string workFolder, TextWriter progress)
{
    private readonly ProvisioningCommands _commands = new(workFolder, "TestEngine");

    /// <summary>The test base image.</summary>
    public const string BaseImage = "containerkit-test/debian:bookworm";

    /// <summary>Second tag of the base image, created only when absent, so definitions written for Docker Hub's slim image build here.</summary>
    public const string BaseImageAlias = "debian:bookworm-slim";

    /// <summary>The base-image substitution (<c>--base-image-substitutions</c>) that maps Docker Hub's slim image to the test base.</summary>
    public const string BaseImageSubstitution = BaseImageAlias + "=" + BaseImage;

    /// <summary>
    /// The test base of arm64 entries: debootstrapped for arm64 through QEMU on an amd64 machine. Docker 20.10's image
    /// store holds one platform per tag, so it has a name of its own beside <see cref="BaseImage"/>.
    /// </summary>
    public const string Arm64BaseImage = "containerkit-test/debian:bookworm-arm64";

    /// <summary>The substitution that maps Docker Hub's slim image to <see cref="Arm64BaseImage"/> for arm64 entries only.</summary>
    public const string Arm64BaseImageSubstitution = "arm64:" + BaseImageAlias + "=" + Arm64BaseImage;

    /// <summary>The substitutions of hermetic builds on the test bases, the platform's own first (the first that matches wins).</summary>
    public static IReadOnlyList<string> BaseImageSubstitutions { get; } = [Arm64BaseImageSubstitution, BaseImageSubstitution];

    /// <summary>Where the test registry listens.</summary>
    public const string RegistryAddress = "127.0.0.1:5000";

    private const string DebianMirror = "http://deb.debian.org/debian";
    private static readonly TimeSpan DaemonWait = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan RegistryWait = TimeSpan.FromSeconds(20);
    private static readonly HttpClient RegistryHttp = new() { Timeout = TimeSpan.FromSeconds(2) };

    /// <summary>Probes, plans and runs the steps; returns the steps that ran.</summary>
    public async Task<IReadOnlyList<ProvisioningStep>> EnsureAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(workFolder);
        var facts = await ProbeAsync(cancellationToken).ConfigureAwait(false);
        var steps = ProvisioningPlanner.Plan(facts);
        if (steps.Count == 0) progress.WriteLine($"test engine: daemon, {BaseImage} and the registry on {RegistryAddress} are ready");
        foreach (var step in steps)
        {
            progress.WriteLine($"test engine: {ProvisioningPlanner.Describe(step)}");
            await RunAsync(step, facts, cancellationToken).ConfigureAwait(false);
        }
        await EnsureAliasAsync(cancellationToken).ConfigureAwait(false);
        await new EmulationProvisioner(workFolder, progress, "TestEngine").EnsureAsync(cancellationToken).ConfigureAwait(false);
        await EnsureArm64BaseAsync(cancellationToken).ConfigureAwait(false);
        return steps;
    }

    private async Task<HostFacts> ProbeAsync(CancellationToken cancellationToken)
    {
        var endpoint = DockerEndpoint.FromEnvironment();
        var (reachable, imagePresent) = await ProbeDaemonAsync(endpoint, cancellationToken).ConfigureAwait(false);
        return new HostFacts(
            IsRoot: HostProbe.IsRoot,
            IsDebian: HostProbe.IsDebian,
            MissingPackages: HostProbe.MissingPackages(TestEnginePackages.All),
            DaemonReachable: reachable,
            DaemonIsLocalDefault: endpoint.Uri.Scheme == "unix" && endpoint.Uri.AbsolutePath == "/var/run/docker.sock",
            BaseImagePresent: imagePresent,
            RegistryReachable: await RegistryAnswersAsync(cancellationToken).ConfigureAwait(false));
    }

    private static async Task<(bool Reachable, bool ImagePresent)> ProbeDaemonAsync(DockerEndpoint endpoint, CancellationToken cancellationToken)
    {
        try
        {
            using var connection = await DockerConnection.ConnectAsync(endpoint, cancellationToken).ConfigureAwait(false);
            return (true, await ImageExistsAsync(connection, BaseImage, cancellationToken).ConfigureAwait(false));
        }
        catch (DiagnosticException)
        {
            return (false, false);
        }
    }

    private async Task RunAsync(ProvisioningStep step, HostFacts facts, CancellationToken cancellationToken)
    {
        switch (step)
        {
            case ProvisioningStep.InstallPackages:
                await _commands.InstallPackagesAsync(facts.MissingPackages, cancellationToken).ConfigureAwait(false);
                break;
            case ProvisioningStep.StartDaemon:
                _commands.StartDetached("dockerd.log", "dockerd", ["--bridge=none", "--iptables=false", "--ip6tables=false"]);
                await WaitForDaemonAsync(cancellationToken).ConfigureAwait(false);
                break;
            case ProvisioningStep.CreateBaseImage:
                await CreateBaseImageAsync(cancellationToken).ConfigureAwait(false);
                break;
            case ProvisioningStep.StartRegistry:
                StartRegistry();
                await _commands.WaitAsync(RegistryAnswersAsync, RegistryWait, "registry", "registry.log", cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    private async Task WaitForDaemonAsync(CancellationToken cancellationToken) =>
        await _commands.WaitAsync(async ct => (await ProbeDaemonAsync(DockerEndpoint.FromEnvironment(), ct).ConfigureAwait(false)).Reachable,
            DaemonWait, "dockerd", "dockerd.log", cancellationToken).ConfigureAwait(false);

    private Task CreateBaseImageAsync(CancellationToken cancellationToken) => CreateBaseImageAsync(BaseImage, null, cancellationToken);

    /// <summary>
    /// Makes <see cref="Arm64BaseImage"/> once, kept between runs: on an amd64 machine debootstrap for arm64 runs its
    /// second stage through QEMU (the binfmt handler is registered before); on an arm64 machine it is the native base.
    /// </summary>
    private async Task EnsureArm64BaseAsync(CancellationToken cancellationToken)
    {
        using var connection = await DockerConnection.ConnectAsync(cancellationToken).ConfigureAwait(false);
        if (await ImageExistsAsync(connection, Arm64BaseImage, cancellationToken).ConfigureAwait(false)) return;
        if (Emulation.BinfmtHandlers.NativePlatform == ContainerKit.Model.Platform.Arm64)
        {
            await EnsureAliasAsync(connection, BaseImage, Arm64BaseImage, cancellationToken).ConfigureAwait(false);
            return;
        }
        progress.WriteLine($"test engine: creating {Arm64BaseImage} with debootstrap --arch=arm64 through QEMU (a few minutes, once)");
        await CreateBaseImageAsync(Arm64BaseImage, "arm64", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>debootstraps a minimal bookworm (of <paramref name="architecture"/>, or the machine's own) and imports it as <paramref name="image"/>.</summary>
    private async Task CreateBaseImageAsync(string image, string? architecture, CancellationToken cancellationToken)
    {
        using var connection = await DockerConnection.ConnectAsync(cancellationToken).ConfigureAwait(false);
        if (!await ImageExistsAsync(connection, image, cancellationToken).ConfigureAwait(false))
        {
            var suffix = architecture is null ? "" : "-" + architecture;
            var rootfs = Path.Combine(workFolder, "rootfs-bookworm" + suffix);
            if (Directory.Exists(rootfs)) Directory.Delete(rootfs, recursive: true);
            string[] arch = architecture is null ? [] : ["--arch=" + architecture];
            await _commands.RunLoggedAsync($"debootstrap{suffix}.log", "debootstrap", ["--variant=minbase", .. arch, "bookworm", rootfs, DebianMirror], cancellationToken).ConfigureAwait(false);
            if (architecture is null) await ImportAsync(connection, rootfs, cancellationToken).ConfigureAwait(false);
            else await LoadAsync(connection, rootfs, image, architecture, cancellationToken).ConfigureAwait(false);
            Directory.Delete(rootfs, recursive: true);
        }
    }

    private async Task EnsureAliasAsync(CancellationToken cancellationToken)
    {
        using var connection = await DockerConnection.ConnectAsync(cancellationToken).ConfigureAwait(false);
        var said = await EnsureAliasAsync(connection, BaseImage, BaseImageAlias, cancellationToken).ConfigureAwait(false);
        if (said is not null) progress.WriteLine("test engine: " + said);
    }

    /// <summary>
    /// Tags <paramref name="image"/> as <paramref name="alias"/> when that tag does not exist yet. An existing tag that
    /// points elsewhere (a user's real image, or an older base) is never replaced. Returns what was done or left, or
    /// null when the alias already points at the image.
    /// </summary>
    public static async Task<string?> EnsureAliasAsync(DockerConnection connection, string image, string alias, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var imageId = await ImageIdAsync(connection, image, cancellationToken).ConfigureAwait(false);
        var aliasId = await ImageIdAsync(connection, alias, cancellationToken).ConfigureAwait(false);
        if (aliasId == imageId) return null;
        if (aliasId is not null)
        {
            return $"{alias} exists and is not {image}; it is left as it is. "
                + $"To build on {image} instead, pass --base-image-substitutions {alias}={image}";
        }
        var target = ImageReference.Parse(alias);
        await connection.Client.Images.TagImageAsync(image, new ImageTagParameters { RepositoryName = target.Repository, Tag = target.EngineTag }, cancellationToken).ConfigureAwait(false);
        return $"tagged {image} as {alias}, which did not exist, so definitions on {alias} build here";
    }

    /// <summary>Streams <c>tar</c> of the rootfs (numeric owners kept) into the Engine API's image import.</summary>
    private async Task ImportAsync(DockerConnection connection, string rootfs, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("tar") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "-C", rootfs, "--numeric-owner", "-cf", "-", "." }) start.ArgumentList.Add(argument);
        using var tar = Process.Start(start) ?? throw new InvalidOperationException("cannot start tar");
        var target = ImageReference.Parse(BaseImage);
        await connection.Client.Images.CreateImageAsync(
            new ImagesCreateParameters { FromSrc = "-", Repo = target.Repository, Tag = target.EngineTag },
            tar.StandardOutput.BaseStream, null, new Progress<JSONMessage>(), cancellationToken).ConfigureAwait(false);
        await tar.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        if (tar.ExitCode != 0) throw Failed($"tar of {rootfs} exited with {tar.ExitCode}", null);
    }

    /// <summary>
    /// Tars the rootfs (numeric owners kept) and loads it as <paramref name="image"/> of <paramref name="architecture"/>
    /// (<see cref="RootfsArchive"/>: the import would label it with this machine's architecture).
    /// </summary>
    private async Task LoadAsync(DockerConnection connection, string rootfs, string image, string architecture, CancellationToken cancellationToken)
    {
        var layer = Path.Combine(workFolder, $"rootfs-{architecture}.tar");
        var archive = Path.Combine(workFolder, $"image-{architecture}.tar");
        try
        {
            await _commands.RunLoggedAsync($"tar-{architecture}.log", "tar", ["-C", rootfs, "--numeric-owner", "-cf", layer, "."], cancellationToken).ConfigureAwait(false);
            await using (var output = File.Create(archive))
            {
                await RootfsArchive.WriteAsync(layer, architecture, image, $"debootstrap --variant=minbase --arch={architecture} bookworm", DateTimeOffset.UtcNow, output, cancellationToken).ConfigureAwait(false);
            }
            await using var input = File.OpenRead(archive);
            await connection.Client.Images.LoadImageAsync(new ImageLoadParameters { Quiet = true }, input, new Progress<JSONMessage>(), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            File.Delete(layer);
            File.Delete(archive);
        }
    }

    private void StartRegistry()
    {
        var storage = Path.GetFullPath(Path.Combine(workFolder, "registry"));
        Directory.CreateDirectory(storage);
        var config = Path.Combine(workFolder, "registry.yml");
        // Loopback only: the tests never expose anything beyond this machine.
        File.WriteAllText(config, $"""
            version: 0.1
            log:
              level: warn
            storage:
              filesystem:
                rootdirectory: {storage}
              delete:
                enabled: true
            http:
              addr: {RegistryAddress}
            """ + "\n");
        _commands.StartDetached("registry.log", "docker-registry", ["serve", Path.GetFullPath(config)]);
    }

    private static async Task<bool> RegistryAnswersAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var response = await RegistryHttp.GetAsync($"http://{RegistryAddress}/v2/", cancellationToken).ConfigureAwait(false);
            return response.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private static async Task<bool> ImageExistsAsync(DockerConnection connection, string reference, CancellationToken cancellationToken) =>
        await ImageIdAsync(connection, reference, cancellationToken).ConfigureAwait(false) is not null;

    private static async Task<string?> ImageIdAsync(DockerConnection connection, string reference, CancellationToken cancellationToken)
    {
        try
        {
            return (await connection.Client.Images.InspectImageAsync(reference, cancellationToken).ConfigureAwait(false)).ID;
        }
        catch (global::Docker.DotNet.DockerImageNotFoundException)
        {
            return null;
        }
    }

    private DiagnosticException Failed(string message, string? logName) => _commands.Failed(message, logName);
}
