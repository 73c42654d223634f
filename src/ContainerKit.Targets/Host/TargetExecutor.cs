using System.Diagnostics;
using ContainerKit.Diagnostics;

namespace ContainerKit.Targets.Host;

/// <summary>Runs the steps of a plan in order and records one <see cref="TargetResult"/> per step.</summary>
internal sealed class TargetExecutor(TextWriter output, Verbosity verbosity, bool continueOnFailure, CancellationToken cancellationToken)
{
    public async Task<IReadOnlyList<TargetResult>> RunAsync(ExecutionPlan plan)
    {
        var results = new Dictionary<TargetNode, TargetResult>();
        var stopAll = false;
        foreach (var step in plan.Steps)
        {
            var node = step.Node;
            if (step.SkipReason is not null)
            {
                results[node] = new TargetResult(node.Name, TargetStatus.Skipped, TimeSpan.Zero);
                continue;
            }
            // A target whose dependency (or triggering target) did not succeed cannot run.
            var blocked = node.Dependencies.Concat(plan.Steps.Select(s => s.Node).Where(n => n.Triggers.Contains(node)))
                .Any(n => results.TryGetValue(n, out var r) && r.Status is TargetStatus.Failed or TargetStatus.NotRun or TargetStatus.Cancelled);
            if (stopAll || blocked || cancellationToken.IsCancellationRequested)
            {
                // A target left out by a cancellation makes the build exit 130; one left out after a failure does not add to it.
                results[node] = new TargetResult(node.Name, TargetStatus.NotRun, TimeSpan.Zero,
                    cancellationToken.IsCancellationRequested ? TargetResult.CancelledExitCode : 0);
                continue;
            }
            var result = await RunOneAsync(node);
            results[node] = result;
            if (result.Status is TargetStatus.Failed or TargetStatus.Cancelled && !continueOnFailure && !node.Definition.ProceedsAfterFailure)
            {
                stopAll = true;
            }
        }
        return plan.Steps.Select(s => results[s.Node]).ToList();
    }

    private async Task<TargetResult> RunOneAsync(TargetNode node)
    {
        if (verbosity != Verbosity.Quiet)
        {
            output.WriteLine($"==> {node.Name}");
        }
        var stopwatch = Stopwatch.StartNew();
        try
        {
            foreach (var action in node.Definition.Actions)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await action(cancellationToken);
            }
            return new TargetResult(node.Name, TargetStatus.Succeeded, stopwatch.Elapsed);
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl-C: whatever the cancelled work threw on its way out, the target was cancelled, not failed.
            output.WriteLine($"error: target {node.Name}: cancelled (Ctrl-C) after {Durations.Format(stopwatch.Elapsed)}.");
            return TargetResult.Cancelled(node.Name, stopwatch.Elapsed);
        }
        catch (Exception exception)
        {
            var exitCode = ReportFailure(node, exception);
            return new TargetResult(node.Name, TargetStatus.Failed, stopwatch.Elapsed, exitCode);
        }
    }

    /// <summary>Prints the failure the way its kind deserves and returns the exit code it asks for.</summary>
    private int ReportFailure(TargetNode node, Exception exception)
    {
        switch (exception)
        {
            case DiagnosticException diagnostics:
                foreach (var diagnostic in diagnostics.Diagnostics)
                {
                    output.WriteLine(diagnostic.ToString());
                }
                return diagnostics.IsEngineFailure ? 1 : 2;
            case TargetExitException exit:
                output.WriteLine($"error: target {node.Name}: {exit.Message}");
                return exit.ExitCode;
            case NotImplementedException notImplemented:
                output.WriteLine($"error: target {node.Name}: not implemented yet: {notImplemented.Message}");
                return 1;
            default:
                output.WriteLine($"error: target {node.Name} failed: {exception.Message}");
                if (verbosity == Verbosity.Verbose)
                {
                    output.WriteLine(exception.ToString());
                }
                return 1;
        }
    }
}
