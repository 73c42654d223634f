using System.Diagnostics;
using ContainerKit.Docker.Provisioning;
using Docker.DotNet.Models;

namespace ContainerKit.IntegrationTests.Faults;

/// <summary>
/// Ctrl-C (SIGINT) sent to the real build host while it builds or runs: the user sees "Cancelled", the exit code is
/// 130 within 10 s, and nothing is left behind: no build or container keeps running and no tag moved.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class InterruptTests(FaultEngine faults)
{
    private static readonly TimeSpan CancelLimit = TimeSpan.FromSeconds(10);
    [Fact]
    public async Task Sigint_during_BuildGeneric_exits_130_stops_the_build_keeps_the_latest_tags_and_a_rerun_succeeds()
    {
        var marker = "ck-fault-build-" + Guid.NewGuid().ToString("N")[..8];
        using var repository = await FaultRepository.CreateAsync("sigint-build", Busy(marker, 6));
        using var connection = await faults.ConnectAsync();
        // The latest tags exist before (an earlier build): they must still point at the same image after Ctrl-C.
        var earlier = await PrivateDockerd.ImageIdAsync(connection, TestEngineProvisioner.BaseImage);
        var latest = new[] { repository.Tag(faults.Namespace, "run"), repository.Tag(faults.Namespace, "dev") };
        foreach (var tag in latest)
        {
            var colon = tag.LastIndexOf(':');
            await connection.Client.Images.TagImageAsync(TestEngineProvisioner.BaseImage, new ImageTagParameters { RepositoryName = tag[..colon], Tag = tag[(colon + 1)..] });
        }

        using (var host = faults.Start(repository.Root, "BuildGeneric"))
        {
            Assert.True(await ChildProcesses.WaitUntilAsync(() => ChildProcesses.AnyCommandLineContains(marker) || host.HasExited, FaultEngine.Limit)
                && !host.HasExited, "the build's RUN never started:\n" + host.Output);
            host.Interrupt();
            var exit = await host.WaitAsync(CancelLimit);

            Assert.True(exit == 130, $"exit {exit}:\n{host.Output}");
            Assert.Matches(@"(?m)^BuildGeneric\s+Cancelled\s", host.Output);
            Assert.Matches(@"(?m)^Render\s+Succeeded\s", host.Output);
            Assert.Contains("build it-faults/amd64-cpu: cancelled after", host.Output, StringComparison.Ordinal);
            Assert.DoesNotMatch(@"(?m)^BuildGeneric\s+Failed", host.Output);
        }

        // The daemon ended the build with its request: the RUN's processes are gone, and no tag moved.
        Assert.True(await ChildProcesses.WaitUntilAsync(() => !ChildProcesses.AnyCommandLineContains(marker), CancelLimit),
            "the cancelled build's RUN still runs in the daemon");
        foreach (var tag in latest) Assert.Equal(earlier, await PrivateDockerd.ImageIdAsync(connection, tag));

        var rerun = await faults.RunAsync(repository.Root, FaultEngine.Limit, "BuildGeneric");
        Assert.True(rerun.Exit == 0, rerun.Output);
        foreach (var tag in latest) Assert.NotEqual(earlier, await PrivateDockerd.ImageIdAsync(connection, tag));
    }

    [Fact]
    public async Task Sigint_during_Run_stops_and_removes_the_container_and_exits_130()
    {
        var marker = "ck-fault-run-" + Guid.NewGuid().ToString("N")[..8];
        using var repository = await FaultRepository.CreateAsync("sigint-run", "true");
        var build = await faults.RunAsync(repository.Root, FaultEngine.Limit, "BuildGeneric");
        Assert.True(build.Exit == 0, build.Output);
        using var connection = await faults.ConnectAsync();

        using (var host = faults.Start(repository.Root, "Run", "--env", "SKIP_INSTALL_PROJECT=1", "--command", $"sh -c '{Busy(marker, 300)}'"))
        {
            Assert.True(await host.WaitForOutputAsync(marker, FaultEngine.Limit), "the command never started:\n" + host.Output);
            Assert.Single(await RunContainersAsync(connection));
            Assert.True(ChildProcesses.AnyCommandLineContains(marker), "the command's shell is not visible");
            var clock = Stopwatch.StartNew();
            host.Interrupt();
            var exit = await host.WaitAsync(CancelLimit);

            Assert.True(exit == 130, $"exit {exit} after {clock.Elapsed}:\n{host.Output}");
            Assert.Matches(@"(?m)^Run\s+Cancelled\s", host.Output);
        }

        Assert.Empty(await RunContainersAsync(connection));
        Assert.False(ChildProcesses.AnyCommandLineContains(marker), "the container's command still runs");
    }

    /// <summary>
    /// A shell line that prints <paramref name="marker"/> and sleeps, whose shell stays (with the marker in its command
    /// line) while it sleeps: the sleep is not the last command, so the shell cannot exec it.
    /// </summary>
    internal static string Busy(string marker, int seconds) => $"echo {marker} && sleep {seconds} && echo {marker}-done";

    /// <summary>The containers Run started (running or not) in the private daemon.</summary>
    private static async Task<IList<ContainerListResponse>> RunContainersAsync(ContainerKit.Docker.Connection.DockerConnection connection) =>
        await connection.Client.Containers.ListContainersAsync(new ContainersListParameters
        {
            All = true,
            Filters = new Dictionary<string, IDictionary<string, bool>> { ["label"] = new Dictionary<string, bool> { ["dev.containerkit.run=true"] = true } },
        });
}
