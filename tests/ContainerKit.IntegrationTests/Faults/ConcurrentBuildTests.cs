using System.Text.Json;
using ContainerKit.Rendering;

namespace ContainerKit.IntegrationTests.Faults;

/// <summary>
/// Two BuildGeneric runs of the same entry at once (two terminals, two CI steps on one runner): both succeed, the
/// second waits for the first one's render, and <c>artifacts/</c> is never seen half-written.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class ConcurrentBuildTests(FaultEngine faults)
{
    [Fact]
    public async Task Two_BuildGeneric_runs_of_one_entry_at_once_both_succeed_and_artifacts_is_never_half_written()
    {
        var marker = "ck-fault-twice-" + Guid.NewGuid().ToString("N")[..8];
        using var repository = await FaultRepository.CreateAsync("twice", InterruptTests.Busy(marker, 2));
        var halfWritten = new List<string>();
        using var stop = new CancellationTokenSource();
        var watcher = Task.Run(() => Watch(repository.EntryFolder, halfWritten, stop.Token));

        using var first = faults.Start(repository.Root, "BuildGeneric");
        using var second = faults.Start(repository.Root, "BuildGeneric");
        var exits = await Task.WhenAll(first.WaitAsync(FaultEngine.Limit), second.WaitAsync(FaultEngine.Limit));
        await stop.CancelAsync();
        await watcher;

        Assert.True(exits[0] == 0, first.Output);
        Assert.True(exits[1] == 0, second.Output);
        Assert.True(halfWritten.Count == 0, "artifacts/ was seen half-written:\n" + string.Join("\n", halfWritten.Distinct()));
        // One run wrote the folder; the other found it current (after waiting for the lock when they met).
        var outputs = first.Output + second.Output;
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(outputs, @"(?m)^wrote +artifacts/containers/it-faults/amd64-cpu$"));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(outputs, @"(?m)^unchanged +artifacts/containers/it-faults/amd64-cpu$"));
        using var connection = await faults.ConnectAsync();
        foreach (var role in new[] { "run", "dev" })
            Assert.NotNull(await PrivateDockerd.ImageIdAsync(connection, repository.Tag(faults.Namespace, role)));
        Assert.Empty(Directory.EnumerateDirectories(Path.GetDirectoryName(Path.GetDirectoryName(repository.EntryFolder))!, ".staging-*"));
    }

    /// <summary>
    /// Samples the entry folder until stopped: whenever it exists it must hold a readable render.json and a
    /// Dockerfile, as a whole render leaves them.
    /// </summary>
    private static void Watch(string folder, List<string> problems, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                if (Directory.Exists(folder))
                {
                    var manifest = Path.Combine(folder, RenderManifest.FileName);
                    if (!File.Exists(manifest)) problems.Add($"{folder} exists without {RenderManifest.FileName}");
                    else JsonDocument.Parse(File.ReadAllText(manifest)).Dispose();
                    if (!File.Exists(Path.Combine(folder, "Dockerfile"))) problems.Add($"{folder} exists without its Dockerfile");
                }
            }
            catch (JsonException e)
            {
                problems.Add($"{RenderManifest.FileName} unreadable: {e.Message}");
            }
            catch (IOException)
            {
                // Replaced between the check and the read: a rename, never a partial file.
            }
            Thread.Sleep(5);
        }
    }
}
