using ContainerKit.Docker.Connection;
using ContainerKit.Docker.Provisioning;

namespace ContainerKit.IntegrationTests.Faults;

/// <summary>
/// What the fault tests break instead of the shared engine: a <see cref="PrivateDockerd"/> holding the test base and a
/// <see cref="PrivateRegistry"/>, started once for the fault collection. It first builds the fault definition once,
/// so the tests' builds take their apt and Python layers from the daemon's cache and spend their time on the fault.
/// Everything, even after a failure, is killed, waited for and deleted when the collection ends.
/// </summary>
public sealed class FaultEngine : IAsyncLifetime
{
    private static readonly TimeSpan WarmUpLimit = TimeSpan.FromMinutes(5);

    /// <summary>The bound on each build, run or push of a fault test (from the daemon's cache they take seconds).</summary>
    internal static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    /// <summary>The private daemon.</summary>
    public PrivateDockerd Dockerd { get; private set; } = null!;

    /// <summary>The private registry.</summary>
    public PrivateRegistry Registry { get; private set; } = null!;

    /// <summary>The image namespace of every image the fault tests build (in the private daemon only).</summary>
    public string Namespace { get; } = "ck-it-" + Guid.NewGuid().ToString("N")[..12];

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        Dockerd = await PrivateDockerd.StartAsync(TestEngineProvisioner.BaseImage);
        Registry = await PrivateRegistry.StartAsync();
        using var warm = await FaultRepository.CreateAsync("warm", "true");
        var (exit, output) = await RunAsync(warm.Root, WarmUpLimit, "BuildGeneric");
        Assert.True(exit == 0, "the warm-up build failed:\n" + output);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        // Both are torn down even when one teardown throws.
        try
        {
            if (Registry is not null) await Registry.DisposeAsync();
        }
        finally
        {
            if (Dockerd is not null) await Dockerd.DisposeAsync();
        }
    }

    /// <summary>Starts the build host on the private daemon, in <paramref name="root"/>, with the fault definition.</summary>
    internal HostProcess Start(string root, params string[] arguments) =>
        HostProcess.Start(Dockerd.Host,
        [
            .. arguments, "--root", root, "--definition", FaultRepository.ScriptName,
            "--image-namespace", Namespace, "--base-image-substitutions", .. TestEngineProvisioner.BaseImageSubstitutions,
        ]);

    /// <summary>Runs the build host to its end; returns its exit code and output.</summary>
    internal async Task<(int Exit, string Output)> RunAsync(string root, TimeSpan limit, params string[] arguments)
    {
        using var host = Start(root, arguments);
        var exit = await host.WaitAsync(limit);
        return (exit, host.Output);
    }

    /// <summary>A connection to the private daemon.</summary>
    public Task<DockerConnection> ConnectAsync() => Dockerd.ConnectAsync();
}
