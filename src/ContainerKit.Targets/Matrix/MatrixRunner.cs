using System.Diagnostics;
using ContainerKit.Diagnostics;
using ContainerKit.Targets.Host;

namespace ContainerKit.Targets.Matrix;

/// <summary>
/// Runs one action per rendered entry folder, <c>parallelism</c> at a time. Without <c>continueOnFailure</c> the
/// first failure cancels the others; with it every entry runs. Prints one line per entry and a summary table,
/// then throws the failures' diagnostics together.
/// </summary>
internal sealed class MatrixRunner(TextWriter output, bool interactive, int parallelism, bool continueOnFailure)
{
    public async Task RunAsync(IReadOnlyList<RenderedFolder> folders, string verb, Func<RenderedFolder, CancellationToken, Task> action, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var slots = new SemaphoreSlim(Math.Max(1, parallelism));
        var failures = new List<Diagnostic>();
        var results = await Task.WhenAll(folders.Select(async folder =>
        {
            var name = $"{folder.Manifest.Environment}/{folder.Manifest.Entry}";
            try
            {
                await slots.WaitAsync(stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return new TargetResult(name, TargetStatus.NotRun, TimeSpan.Zero);
            }
            var clock = Stopwatch.StartNew();
            try
            {
                await action(folder, stop.Token).ConfigureAwait(false);
                Write($"{verb} {name}: done in {Durations.Format(clock.Elapsed)}");
                return new TargetResult(name, TargetStatus.Succeeded, clock.Elapsed);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                return new TargetResult(name, TargetStatus.NotRun, clock.Elapsed);
            }
            catch (DiagnosticException e) when (!cancellationToken.IsCancellationRequested)
            {
                lock (failures) failures.AddRange(e.Diagnostics);
                Write($"{verb} {name}: failed after {Durations.Format(clock.Elapsed)}");
                if (!continueOnFailure) await stop.CancelAsync().ConfigureAwait(false);
                return new TargetResult(name, TargetStatus.Failed, clock.Elapsed, ExitCode: 1);
            }
            finally
            {
                slots.Release();
            }
        })).ConfigureAwait(false);

        cancellationToken.ThrowIfCancellationRequested();
        if (results.Length > 1) SummaryWriter.Write(output, results, interactive, "Entry");
        if (failures.Count > 0) throw new DiagnosticException(failures);
    }

    private void Write(string line)
    {
        lock (output) output.WriteLine(line);
    }
}
