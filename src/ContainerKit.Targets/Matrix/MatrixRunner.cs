using System.Diagnostics;
using ContainerKit.Diagnostics;
using ContainerKit.Docker;
using ContainerKit.Targets.Host;

namespace ContainerKit.Targets.Matrix;

/// <summary>
/// Runs one action per rendered entry folder, <c>parallelism</c> at a time. A failing entry never cancels the
/// others: entries already running finish; without <c>continueOnFailure</c> queued entries do not start after a
/// failure (NotRun), with it every entry runs. Any exception of an entry counts as its failure. Ctrl-C
/// (<c>cancellationToken</c>) stops running entries (Cancelled, exit 130) and keeps queued ones from starting (NotRun). Prints one line per entry and a summary table,
/// then throws the failures' diagnostics together (or the cancellation).
/// </summary>
internal sealed class MatrixRunner(TextWriter output, bool interactive, int parallelism, bool continueOnFailure)
{
    private readonly List<Diagnostic> _failures = [];
    private volatile bool _stopQueue;

    public async Task RunAsync(IReadOnlyList<RenderedFolder> folders, string verb, Func<RenderedFolder, CancellationToken, Task> action, CancellationToken cancellationToken)
    {
        _failures.Clear();
        _stopQueue = false;
        using var slots = new SemaphoreSlim(Math.Max(1, parallelism));
        var results = await Task.WhenAll(folders.Select(folder => RunEntryAsync(folder, verb, action, slots, cancellationToken))).ConfigureAwait(false);

        if (results.Length > 1 || results.Any(r => r.Status != TargetStatus.Succeeded))
        {
            lock (output) SummaryWriter.Write(output, results, interactive, "Entry");
        }
        cancellationToken.ThrowIfCancellationRequested();
        // Entries that share a cause (e.g. one unpullable base image) report it once.
        if (_failures.Count > 0) throw new DiagnosticException(_failures.Distinct().ToList());
    }

    /// <summary>The name every line about an entry carries: <c>environment/entry</c>.</summary>
    public static string NameOf(RenderedFolder folder) => $"{folder.Manifest.Environment}/{folder.Manifest.Entry}";

    private async Task<TargetResult> RunEntryAsync(RenderedFolder folder, string verb, Func<RenderedFolder, CancellationToken, Task> action, SemaphoreSlim slots, CancellationToken cancellationToken)
    {
        var name = NameOf(folder);
        try
        {
            await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return new TargetResult(name, TargetStatus.NotRun, TimeSpan.Zero);
        }
        var clock = Stopwatch.StartNew();
        try
        {
            if (cancellationToken.IsCancellationRequested) return new TargetResult(name, TargetStatus.NotRun, TimeSpan.Zero);
            if (_stopQueue)
            {
                Write($"{verb} {name}: not started (an earlier entry failed; --continue runs every entry)");
                return new TargetResult(name, TargetStatus.NotRun, TimeSpan.Zero);
            }
            // Yield so a synchronous action does not hold up the other entries' start.
            await Task.Yield();
            await action(folder, cancellationToken).ConfigureAwait(false);
            Write($"{verb} {name}: done in {Durations.Format(clock.Elapsed)}");
            return new TargetResult(name, TargetStatus.Succeeded, clock.Elapsed);
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl-C, whatever the stopped work threw on its way out (a cancelled build's closed stream, say): the
            // build in the daemon ended with its request and nothing was tagged.
            Write($"{verb} {name}: cancelled after {Durations.Format(clock.Elapsed)}");
            return TargetResult.Cancelled(name, clock.Elapsed);
        }
        catch (Exception e)
        {
            IReadOnlyList<Diagnostic> diagnostics = e is DiagnosticException { Diagnostics.Count: > 0 } d
                ? d.Diagnostics
                : [EngineDiagnostics.Error(EngineDiagnostics.EntryFailedId, name, $"{verb} failed with an unexpected {e.GetType().Name}: {e.Message}", null,
                    "rerun this entry alone (--environment/--platform/--acceleration); report the error if it persists")];
            lock (_failures) _failures.AddRange(diagnostics);
            if (!continueOnFailure) _stopQueue = true;
            Write($"{verb} {name}: failed after {Durations.Format(clock.Elapsed)}: {diagnostics[0].Message.Split('\n')[0]}");
            return new TargetResult(name, TargetStatus.Failed, clock.Elapsed, ExitCode: 1);
        }
        finally
        {
            slots.Release();
        }
    }

    private void Write(string line)
    {
        lock (output) output.WriteLine(line);
    }
}
