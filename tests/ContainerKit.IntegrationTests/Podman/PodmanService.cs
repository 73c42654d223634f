using System.Diagnostics;
using System.Net.Http.Headers;
using ContainerKit.Docker.Connection;
using ContainerKit.Docker.Provisioning;
using ContainerKit.Tests;

namespace ContainerKit.IntegrationTests.Podman;

/// <summary>
/// Podman's Docker-compatible API: <c>podman system service</c> on a unix socket in a temporary folder (no TCP),
/// with a storage root and a TMPDIR (buildah's cache mounts) of its own in that folder, so nothing it builds or runs meets the shared podman store or the
/// docker daemon, and removing the folder removes everything. The test base image is copied into it from the docker
/// daemon (<c>GET /images/{name}/get</c> into <c>POST /images/load</c>). Podman is provisioned as the test command does
/// (<see cref="PodmanProvisioner"/>, idempotent); a podman that cannot be installed or started fails the tests.
/// </summary>
public sealed class PodmanService : IAsyncLifetime
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(60);
    private readonly string _folder = Directory.CreateTempSubdirectory("ck-podman-").FullName;
    private Process? _service;
    private string _failure = "";

    /// <summary>The API socket, as DOCKER_HOST names it.</summary>
    public string DockerHost => "unix://" + Path.Combine(_folder, "podman.sock");

    /// <summary>podman's own output (the service log), for failure messages.</summary>
    public string Log => File.Exists(LogFile) ? File.ReadAllText(LogFile) : "";

    private string LogFile => Path.Combine(_folder, "service.log");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var progress = new StringWriter();
        try
        {
            await new PodmanProvisioner(RepositoryFolder.Combine("artifacts/test-cluster"), progress).EnsureAsync(CancellationToken.None);
            _service = StartService();
            await WaitForApiAsync();
            await CopyTestBaseAsync();
        }
        catch (Exception e)
        {
            _failure = $"{progress}{e.Message}\n{Log}";
        }
    }

    /// <summary>Fails the test when podman could not be provisioned or started.</summary>
    public void Require()
    {
        if (_failure.Length > 0) Assert.Fail($"podman's API is required (the test command provisions podman): {_failure}");
    }

    /// <summary>A connection to the service.</summary>
    public Task<DockerConnection> ConnectAsync() =>
        DockerConnection.ConnectAsync(new DockerEndpoint(new Uri(DockerHost), null), CancellationToken.None);

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_service is { HasExited: false })
        {
            _service.Kill(entireProcessTree: true);
            await _service.WaitForExitAsync();
        }
        _service?.Dispose();
        // Remove what the store holds (unmounting the containers' and images' overlays), then podman's own mount of
        // its overlay folder, so the folder can go. Never `podman system reset`: it also resets the machine's networks.
        await RunAsync("podman", [.. StoreArguments, "rm", "--all", "--force"]);
        await RunAsync("podman", [.. StoreArguments, "rmi", "--all", "--force"]);
        var overlay = Path.Combine(_folder, "storage", "overlay");
        if (File.ReadAllText("/proc/mounts").Contains($" {overlay} ", StringComparison.Ordinal)) await RunAsync("umount", [overlay]);
        Directory.Delete(_folder, recursive: true);
    }

    private string[] StoreArguments =>
        ["--root", Path.Combine(_folder, "storage"), "--runroot", Path.Combine(_folder, "run"), "--tmpdir", Path.Combine(_folder, "tmp")];

    private Process StartService()
    {
        var start = new ProcessStartInfo("podman") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        // buildah keeps cache mounts under $TMPDIR/buildah-cache (else /var/tmp, shared by every podman of the machine).
        Directory.CreateDirectory(Path.Combine(_folder, "tmp"));
        start.Environment["TMPDIR"] = Path.Combine(_folder, "tmp");
        foreach (var argument in StoreArguments) start.ArgumentList.Add(argument);
        foreach (var argument in new[] { "system", "service", "--time=0", DockerHost }) start.ArgumentList.Add(argument);
        var process = Process.Start(start) ?? throw new InvalidOperationException("podman did not start");
        var log = new StreamWriter(LogFile) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task WaitForApiAsync()
    {
        var deadline = DateTime.UtcNow + StartLimit;
        while (true)
        {
            try
            {
                using var connection = await ConnectAsync();
                return;
            }
            catch (Exception) when (DateTime.UtcNow < deadline && _service is { HasExited: false })
            {
                await Task.Delay(250);
            }
        }
    }

    /// <summary>Streams the test base from the docker daemon into podman and names it as the substitution does.</summary>
    private async Task CopyTestBaseAsync()
    {
        using var docker = await DockerConnection.ConnectAsync(CancellationToken.None);
        using var podman = await ConnectAsync();
        var name = TestEngineProvisioner.BaseImage;
        using var saved = await docker.Http.GetAsync($"images/{name}/get", HttpCompletionOption.ResponseHeadersRead);
        saved.EnsureSuccessStatusCode();
        using var load = new StreamContent(await saved.Content.ReadAsStreamAsync());
        load.Headers.ContentType = new MediaTypeHeaderValue("application/x-tar");
        using var loaded = await podman.Http.PostAsync("images/load", load);
        var body = await loaded.Content.ReadAsStringAsync();
        Assert.True(loaded.IsSuccessStatusCode, $"podman could not load {name}: {body}");
        // podman loads it as localhost/NAME; the compat API resolves short names to docker.io/NAME.
        var colon = name.LastIndexOf(':');
        using var tagged = await podman.Http.PostAsync($"images/localhost/{name}/tag?repo={Uri.EscapeDataString(name[..colon])}&tag={name[(colon + 1)..]}", null);
        Assert.True(tagged.IsSuccessStatusCode, $"podman could not tag {name}: {await tagged.Content.ReadAsStringAsync()}");
    }

    private async Task RunAsync(string program, IReadOnlyList<string> arguments)
    {
        var output = new StringWriter();
        await ContainerKit.Docker.Processes.ProcessRunner.RunAsync(program, arguments, _folder, new Dictionary<string, string>(), output, CancellationToken.None);
    }
}
