namespace ContainerKit.IntegrationTests.Faults;

/// <summary>
/// The registry goes away while PushGeneric pushes: the push retries a bounded number of times with growing
/// delays, then ends with a CK3003 diagnostic naming the image and the registry and exit code 1; once the registry
/// is back, PushGeneric completes and the registry holds every tag.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class RegistryOutageTests(FaultEngine faults)
{
    [Fact]
    public async Task A_registry_stopped_during_PushGeneric_gives_bounded_retries_then_CK3003_and_a_later_push_completes()
    {
        using var repository = await FaultRepository.CreateAsync("push", "true");
        var build = await faults.RunAsync(repository.Root, FaultEngine.Limit, "BuildGeneric");
        Assert.True(build.Exit == 0, build.Output);
        var registry = faults.Registry;
        var uploads = Path.Combine(registry.Storage, "docker", "registry", "v2", "repositories");

        using (var host = faults.Start(repository.Root, "PushGeneric", "--registry", registry.Address))
        {
            // The registry dies as soon as the first layer upload has begun.
            Assert.True(await ChildProcesses.WaitUntilAsync(() => Directory.Exists(uploads)
                && Directory.EnumerateDirectories(uploads, "_uploads", SearchOption.AllDirectories).Any() || host.HasExited, FaultEngine.Limit)
                && !host.HasExited, "the push never started uploading:\n" + host.Output);
            await registry.StopAsync();
            var exit = await host.WaitAsync(FaultEngine.Limit);

            Assert.True(exit == 1, $"exit {exit}:\n{host.Output}");
            // Four attempts in all, 1 s, 2 s and 4 s apart, then one clear error naming the image and the registry.
            foreach (var retry in new[] { "attempt 2 of 4 in 1 s", "attempt 3 of 4 in 2 s", "attempt 4 of 4 in 4 s" })
                Assert.Contains(retry, host.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("attempt 5", host.Output, StringComparison.Ordinal);
            // The daemon's own layer retries (5 s, 10 s, ... apart) show once per try, not once per second of countdown.
            Assert.Contains(": Retrying in 5 seconds", host.Output, StringComparison.Ordinal);
            Assert.DoesNotContain(": Retrying in 4 seconds", host.Output, StringComparison.Ordinal);
            Assert.Matches($@"error CK3003 at {Escape(registry.Address)}/{Escape(faults.Namespace)}/\S+: push of {Escape(registry.Address)}/{Escape(faults.Namespace)}/\S+ to/from registry {Escape(registry.Address)} failed after 4 attempt\(s\)", host.Output);
            Assert.Matches(@"(?m)^PushGeneric\s+Failed\s", host.Output);
        }

        await registry.StartAgainAsync();
        var push = await faults.RunAsync(repository.Root, FaultEngine.Limit, "PushGeneric", "--registry", registry.Address);
        Assert.True(push.Exit == 0, push.Output);
        var tags = await registry.TagsAsync($"{faults.Namespace}/{repository.ImageName}");
        foreach (var role in new[] { "run", "dev" })
            Assert.Contains($"\"amd64-cpu-{role}-latest-root\"", tags, StringComparison.Ordinal);
    }

    private static string Escape(string text) => System.Text.RegularExpressions.Regex.Escape(text);
}
