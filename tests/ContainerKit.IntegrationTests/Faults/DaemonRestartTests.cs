namespace ContainerKit.IntegrationTests.Faults;

/// <summary>
/// The daemon restarts (as a package upgrade or a service manager would restart it) while BuildGeneric builds: the
/// user sees a CK3xxx diagnostic naming the lost daemon, the exit code is 1, nothing is tagged, and a rerun succeeds.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class DaemonRestartTests(FaultEngine faults)
{
    [Fact]
    public async Task A_daemon_restart_during_BuildGeneric_gives_CK3002_tags_nothing_and_a_rerun_succeeds()
    {
        var marker = "ck-fault-restart-" + Guid.NewGuid().ToString("N")[..8];
        using var repository = await FaultRepository.CreateAsync("restart", InterruptTests.Busy(marker, 6));

        using (var host = faults.Start(repository.Root, "BuildGeneric"))
        {
            Assert.True(await ChildProcesses.WaitUntilAsync(() => ChildProcesses.AnyCommandLineContains(marker) || host.HasExited, FaultEngine.Limit)
                && !host.HasExited, "the build's RUN never started:\n" + host.Output);
            await faults.Dockerd.RestartAsync();
            var exit = await host.WaitAsync(FaultEngine.Limit);

            Assert.True(exit == 1, $"exit {exit}:\n{host.Output}");
            Assert.Contains("error CK3002", host.Output, StringComparison.Ordinal);
            Assert.Contains($"the connection to the Docker daemon at {faults.Dockerd.Host}", host.Output, StringComparison.Ordinal);
            Assert.Contains("no tag was changed", host.Output, StringComparison.Ordinal);
            Assert.Matches(@"(?m)^BuildGeneric\s+Failed\s", host.Output);
        }

        using var connection = await faults.ConnectAsync();
        foreach (var role in new[] { "run", "dev" })
            Assert.Null(await PrivateDockerd.ImageIdAsync(connection, repository.Tag(faults.Namespace, role)));
        // The stopped daemon does not kill the RUN it was executing: its orphaned process ends on its own (a 6 s sleep here).
        Assert.True(await ChildProcesses.WaitUntilAsync(() => !ChildProcesses.AnyCommandLineContains(marker), TimeSpan.FromSeconds(15)),
            "the interrupted RUN still runs after 15 s");

        var rerun = await faults.RunAsync(repository.Root, FaultEngine.Limit, "BuildGeneric");
        Assert.True(rerun.Exit == 0, rerun.Output);
        foreach (var role in new[] { "run", "dev" })
            Assert.NotNull(await PrivateDockerd.ImageIdAsync(connection, repository.Tag(faults.Namespace, role)));
    }
}
