using System.Diagnostics;
using ContainerKit.Docker.Connection;
using ContainerKit.Docker.Provisioning;
using Docker.DotNet.Models;

namespace ContainerKit.IntegrationTests.Faults;

/// <summary>
/// A dockerd of the test's own, for faults that stop or restart a daemon: its own data root, exec root, unix
/// socket and pid file under a temporary folder, no bridge and no iptables rules (host networking, like the
/// shared test engine). The shared daemon is only read from: the test base is copied over with save and load.
/// Disposing kills it (and its containerd), waits, unmounts what it left and deletes the folder.
/// </summary>
public sealed class PrivateDockerd : IAsyncDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(15);
    private Process? _process;

    private PrivateDockerd(string folder) => Folder = folder;

    /// <summary>The temporary folder holding everything of this daemon.</summary>
    public string Folder { get; }

    /// <summary>The daemon's socket.</summary>
    public string Socket => Path.Combine(Folder, "docker.sock");

    /// <summary>The value of DOCKER_HOST that reaches it.</summary>
    public string Host => "unix://" + Socket;

    /// <summary>The daemon's log (appended to across restarts).</summary>
    public string Log => Path.Combine(Folder, "dockerd.log");

    private string PidFile => Path.Combine(Folder, "docker.pid");

    /// <summary>Starts a daemon and copies <paramref name="images"/> into it from the shared daemon.</summary>
    public static async Task<PrivateDockerd> StartAsync(params string[] images)
    {
        var daemon = new PrivateDockerd(Directory.CreateTempSubdirectory("ck-dockerd-").FullName);
        try
        {
            await daemon.StartDaemonAsync();
            foreach (var image in images) await daemon.CopyFromSharedAsync(image);
            return daemon;
        }
        catch
        {
            await daemon.DisposeAsync();
            throw;
        }
    }

    /// <summary>A connection to this daemon.</summary>
    public Task<DockerConnection> ConnectAsync() =>
        DockerConnection.ConnectAsync(new DockerEndpoint(new Uri(Host), null), CancellationToken.None);

    /// <summary>Stops the daemon (SIGTERM, as a service manager would) and starts it again on the same folders.</summary>
    public async Task RestartAsync()
    {
        await StopAsync();
        await StartDaemonAsync();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        finally
        {
            Unmount();
            Directory.Delete(Folder, recursive: true);
        }
    }

    private async Task StartDaemonAsync()
    {
        _process = ChildProcesses.StartLogged("dockerd",
        [
            "--data-root", Path.Combine(Folder, "data"), "--exec-root", Path.Combine(Folder, "exec"),
            "-H", Host, "--pidfile", PidFile,
            "--bridge=none", "--iptables=false", "--ip6tables=false",
        ], Log);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var connection = await ConnectAsync();
                return;
            }
            catch (Diagnostics.DiagnosticException) when (clock.Elapsed < StartLimit && !_process.HasExited)
            {
                await Task.Delay(100);
            }
            catch (Diagnostics.DiagnosticException e)
            {
                throw new InvalidOperationException($"the private dockerd did not answer within {StartLimit.TotalSeconds} s:\n{e.Message}\n{ReadLog()}", e);
            }
        }
    }

    private async Task StopAsync()
    {
        if (_process is { } process)
        {
            await ChildProcesses.EndAsync(process, StopGrace);
            process.Dispose();
            _process = null;
        }
        // The containerd it started ends with it; one left by a killed daemon is ended here.
        await ChildProcesses.EndByPidFileAsync(Path.Combine(Folder, "exec", "containerd", "containerd.pid"), StopGrace);
    }

    /// <summary><c>docker save</c> from the shared daemon piped into this one's image load.</summary>
    private async Task CopyFromSharedAsync(string image)
    {
        using var shared = await DockerConnection.ConnectAsync(CancellationToken.None);
        using var own = await ConnectAsync();
        await using var archive = await shared.Client.Images.SaveImageAsync(image, CancellationToken.None);
        await own.Client.Images.LoadImageAsync(new ImageLoadParameters { Quiet = true }, archive, new Progress<JSONMessage>(), CancellationToken.None);
        Assert.True(await ImageIdAsync(own, image) is not null, $"{image} did not arrive in the private daemon");
    }

    /// <summary>The id of <paramref name="reference"/> in the daemon of <paramref name="connection"/>, or null.</summary>
    public static async Task<string?> ImageIdAsync(DockerConnection connection, string reference)
    {
        try
        {
            return (await connection.Client.Images.InspectImageAsync(reference)).ID;
        }
        catch (global::Docker.DotNet.DockerImageNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The log, for failure messages.</summary>
    public string ReadLog() => File.Exists(Log) ? File.ReadAllText(Log) : "(no log)";

    /// <summary>Lazily unmounts whatever the daemon left mounted under its folder (deepest first).</summary>
    private void Unmount()
    {
        var mounts = File.ReadAllLines("/proc/self/mountinfo")
            .Select(line => line.Split(' ')[4])
            .Where(point => point == Folder || point.StartsWith(Folder + "/", StringComparison.Ordinal))
            .OrderByDescending(point => point.Length);
        foreach (var point in mounts)
        {
            using var umount = Process.Start("umount", ["-l", point]);
            umount.WaitForExit();
        }
    }

    /// <summary>The test base, the image every fault definition builds on.</summary>
    public const string BaseImage = TestEngineProvisioner.BaseImage;
}
