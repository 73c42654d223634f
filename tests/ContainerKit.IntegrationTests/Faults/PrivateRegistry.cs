using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ContainerKit.IntegrationTests.Faults;

/// <summary>
/// A registry of the test's own (Debian's <c>docker-registry serve</c>, configured like the shared test registry)
/// on a free loopback port, with its storage under a temporary folder. It can be stopped and started again on the
/// same port and storage; disposing kills it, waits and deletes the folder.
/// </summary>
public sealed class PrivateRegistry : IAsyncDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(20);
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(2) };
    private Process? _process;

    private PrivateRegistry(string folder, int port)
    {
        Folder = folder;
        Address = $"127.0.0.1:{port}";
    }

    /// <summary>The temporary folder holding its configuration, storage and log.</summary>
    public string Folder { get; }

    /// <summary>host:port, loopback only.</summary>
    public string Address { get; }

    /// <summary>Where it keeps repositories.</summary>
    public string Storage => Path.Combine(Folder, "storage");

    private string Config => Path.Combine(Folder, "registry.yml");

    private string Log => Path.Combine(Folder, "registry.log");

    /// <summary>Starts a registry on a free port.</summary>
    public static async Task<PrivateRegistry> StartAsync()
    {
        var registry = new PrivateRegistry(Directory.CreateTempSubdirectory("ck-registry-").FullName, FreePort());
        try
        {
            Directory.CreateDirectory(registry.Storage);
            File.WriteAllText(registry.Config, $"""
                version: 0.1
                log:
                  level: info
                storage:
                  filesystem:
                    rootdirectory: {registry.Storage}
                  delete:
                    enabled: true
                http:
                  addr: {registry.Address}
                """ + "\n");
            await registry.StartAgainAsync();
            return registry;
        }
        catch
        {
            await registry.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts it (again) on the same port and storage; returns once it answers.</summary>
    public async Task StartAgainAsync()
    {
        _process = ChildProcesses.StartLogged("docker-registry", ["serve", Config], Log);
        var clock = Stopwatch.StartNew();
        while (!await AnswersAsync())
        {
            if (clock.Elapsed > StartLimit || _process.HasExited)
                throw new InvalidOperationException($"the private registry did not answer on {Address} within {StartLimit.TotalSeconds} s:\n{File.ReadAllText(Log)}");
            await Task.Delay(100);
        }
    }

    /// <summary>Kills it, as a crash or a network cut would end it, and waits until it is gone.</summary>
    public async Task StopAsync()
    {
        if (_process is not { } process) return;
        await ChildProcesses.EndAsync(process, TimeSpan.Zero);
        process.Dispose();
        _process = null;
    }

    /// <summary>The repositories it holds (from its storage).</summary>
    public IReadOnlyList<string> Repositories()
    {
        var root = Path.Combine(Storage, "docker", "registry", "v2", "repositories");
        return Directory.Exists(root)
            ? Directory.EnumerateDirectories(root, "_manifests", SearchOption.AllDirectories)
                .Select(m => Path.GetRelativePath(root, Path.GetDirectoryName(m)!)).Order(StringComparer.Ordinal).ToList()
            : [];
    }

    /// <summary>True when <c>/v2/</c> answers.</summary>
    public async Task<bool> AnswersAsync()
    {
        try
        {
            using var response = await Http.GetAsync($"http://{Address}/v2/");
            return response.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    /// <summary>The tags of <paramref name="repository"/>, empty when it has none.</summary>
    public async Task<string> TagsAsync(string repository)
    {
        using var response = await Http.GetAsync($"http://{Address}/v2/{repository}/tags/list");
        return await response.Content.ReadAsStringAsync();
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
            Directory.Delete(Folder, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
