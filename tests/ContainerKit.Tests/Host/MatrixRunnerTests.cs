using ContainerKit.Diagnostics;
using ContainerKit.Docker;
using ContainerKit.Model;
using ContainerKit.Rendering;
using ContainerKit.Targets;
using ContainerKit.Targets.Matrix;

namespace ContainerKit.Tests.Host;

/// <summary>How one failing (or throwing) entry affects the others, and what the summary says.</summary>
public sealed class MatrixRunnerTests
{
    private static readonly IReadOnlyList<RenderedFolder> Folders = [Folder("amd64-cpu"), Folder("amd64-cuda"), Folder("arm64-cpu")];

    [Fact]
    public async Task An_unexpected_exception_in_one_entry_lets_the_running_entries_finish_and_prints_the_summary()
    {
        var output = new StringWriter();
        var othersStarted = new CountdownEvent(2);
        var failed = new TaskCompletionSource();
        var finished = new List<string>();

        var thrown = await Assert.ThrowsAsync<DiagnosticException>(() => Runner(output, parallelism: 3).RunAsync(Folders, "build", async (folder, token) =>
        {
            if (folder.Manifest.Entry == "amd64-cuda")
            {
                await Task.Run(() => othersStarted.Wait(TimeSpan.FromSeconds(30)), token);
                failed.SetResult();
                throw new InvalidOperationException("boom in cuda");
            }
            othersStarted.Signal();
            await failed.Task.WaitAsync(token);
            await Task.Delay(50, token);
            lock (finished) finished.Add(folder.Manifest.Entry);
        }, CancellationToken.None));

        Assert.Equal(["amd64-cpu", "arm64-cpu"], finished.Order());
        var diagnostic = Assert.Single(thrown.Diagnostics);
        Assert.Equal((EngineDiagnostics.EntryFailedId, "env/amd64-cuda"), (diagnostic.Id, diagnostic.Location));
        Assert.Contains("InvalidOperationException: boom in cuda", diagnostic.Message, StringComparison.Ordinal);
        Assert.True(thrown.IsEngineFailure);
        Assert.Equal(["Failed", "Succeeded", "Succeeded"], Statuses(output, "amd64-cuda", "amd64-cpu", "arm64-cpu"));
        Assert.Contains("build env/amd64-cuda: failed after ", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_continue_queued_entries_do_not_start_after_a_failure()
    {
        var (output, started, thrown) = await RunOneAtATimeAsync(continueOnFailure: false, entry =>
            throw new DiagnosticException(EngineDiagnostics.Error(EngineDiagnostics.BuildFailedId, entry, "step failed")));

        Assert.Equal(["amd64-cpu"], started);
        Assert.Single(thrown.Diagnostics);
        Assert.Equal(["Failed", "NotRun", "NotRun"], Statuses(output, "amd64-cpu", "amd64-cuda", "arm64-cpu"));
        Assert.Contains("build env/amd64-cuda: not started (an earlier entry failed; --continue runs every entry)", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_continue_every_entry_runs_and_every_failure_is_reported()
    {
        var (output, started, thrown) = await RunOneAtATimeAsync(continueOnFailure: true, entry =>
            entry == "amd64-cuda" ? Task.CompletedTask : throw new ArgumentException("bad " + entry));

        Assert.Equal(["amd64-cpu", "amd64-cuda", "arm64-cpu"], started);
        Assert.Equal(["env/amd64-cpu", "env/arm64-cpu"], thrown.Diagnostics.Select(d => d.Location).Order());
        Assert.Equal(["Failed", "Succeeded", "Failed"], Statuses(output, "amd64-cpu", "amd64-cuda", "arm64-cpu"));
    }

    [Fact]
    public async Task A_cancellation_marks_running_entries_cancelled_and_queued_ones_not_run_and_still_prints_the_summary()
    {
        var output = new StringWriter();
        using var cancellation = new CancellationTokenSource();
        var started = 0;
        var bothRunning = new TaskCompletionSource();

        var run = Runner(output, parallelism: 2).RunAsync(Folders, "build", async (_, token) =>
        {
            if (Interlocked.Increment(ref started) == 2) bothRunning.SetResult();
            await Task.Delay(Timeout.Infinite, token);
        }, cancellation.Token);
        await bothRunning.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        Assert.Equal(["Cancelled", "Cancelled", "NotRun"], Statuses(output, "amd64-cpu", "amd64-cuda", "arm64-cpu"));
    }

    [Fact]
    public async Task A_single_successful_entry_prints_no_summary()
    {
        var output = new StringWriter();

        await Runner(output, parallelism: 1).RunAsync([Folders[0]], "push", (_, _) => Task.CompletedTask, CancellationToken.None);

        Assert.StartsWith("push env/amd64-cpu: done in ", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Entry", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_more_entries_run_at_once_than_the_parallelism()
    {
        var running = 0;
        var most = 0;
        var folders = Enumerable.Range(0, 6).Select(i => Folder(i % 2 == 0 ? "amd64-cpu" : "arm64-cpu")).ToList();

        await Runner(new StringWriter(), parallelism: 2).RunAsync(folders, "build", async (_, token) =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            await Task.Delay(30, token);
            Interlocked.Decrement(ref running);
        }, CancellationToken.None);

        Assert.Equal(2, most);
    }

    [Fact]
    public async Task Entries_failing_for_one_cause_report_it_once()
    {
        var shared = EngineDiagnostics.Error(EngineDiagnostics.BuildFailedId, "debian:bookworm-slim", "the base image cannot be pulled");

        var thrown = await Assert.ThrowsAsync<DiagnosticException>(() => Runner(new StringWriter(), parallelism: 3, continueOnFailure: true)
            .RunAsync(Folders, "build", (_, _) => throw new DiagnosticException(shared), CancellationToken.None));

        Assert.Equal(shared, Assert.Single(thrown.Diagnostics));
    }

    [Fact]
    public async Task A_diagnostic_exception_without_diagnostics_counts_as_unexpected()
    {
        var thrown = await Assert.ThrowsAsync<DiagnosticException>(() => Runner(new StringWriter(), parallelism: 1)
            .RunAsync([Folders[0]], "push", (_, _) => throw new DiagnosticException([]), CancellationToken.None));

        var diagnostic = Assert.Single(thrown.Diagnostics);
        Assert.Equal((EngineDiagnostics.EntryFailedId, "env/amd64-cpu"), (diagnostic.Id, diagnostic.Location));
        Assert.Contains("push failed with an unexpected DiagnosticException", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_runner_used_again_starts_fresh()
    {
        var runner = Runner(new StringWriter(), parallelism: 1);
        await Assert.ThrowsAsync<DiagnosticException>(() => runner.RunAsync(Folders, "build", (_, _) => throw new InvalidOperationException("first run"), CancellationToken.None));
        var started = new List<string>();

        await runner.RunAsync(Folders, "build", (folder, _) =>
        {
            started.Add(folder.Manifest.Entry);
            return Task.CompletedTask;
        }, CancellationToken.None);

        Assert.Equal(["amd64-cpu", "amd64-cuda", "arm64-cpu"], started);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        for (var current = Volatile.Read(ref target); value > current; current = Volatile.Read(ref target))
        {
            if (Interlocked.CompareExchange(ref target, value, current) == current) return;
        }
    }

    /// <summary>Runs <paramref name="body"/> for the three entries one at a time; returns the output, the entries started and the failure.</summary>
    private static async Task<(StringWriter Output, List<string> Started, DiagnosticException Thrown)> RunOneAtATimeAsync(bool continueOnFailure, Func<string, Task> body)
    {
        var output = new StringWriter();
        var started = new List<string>();
        var thrown = await Assert.ThrowsAsync<DiagnosticException>(() => Runner(output, parallelism: 1, continueOnFailure).RunAsync(Folders, "build", (folder, _) =>
        {
            started.Add(folder.Manifest.Entry);
            return body(folder.Manifest.Entry);
        }, CancellationToken.None));
        return (output, started, thrown);
    }

    private static MatrixRunner Runner(TextWriter output, int parallelism, bool continueOnFailure = false) =>
        new(output, interactive: false, parallelism, continueOnFailure);

    /// <summary>The summary's status column for each entry.</summary>
    private static string[] Statuses(StringWriter output, params string[] entries)
    {
        var lines = output.ToString().Split('\n');
        return entries.Select(e => lines.Last(l => l.StartsWith($"env/{e} ", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]).ToArray();
    }

    private static RenderedFolder Folder(string entry)
    {
        var parts = entry.Split('-');
        var matrixEntry = new MatrixEntry(Enum.Parse<Platform>(parts[0], ignoreCase: true), Acceleration.BuiltInNamed(parts[1])!);
        var manifest = new RenderManifest("env", entry, parts[0], parts[1], "it/matrix", "/project", [], "sha256:0");
        return new RenderedFolder("/nonexistent/" + entry, new RenderedEntry("env", matrixEntry, "env/" + entry, [], manifest), Changed: false);
    }
}
