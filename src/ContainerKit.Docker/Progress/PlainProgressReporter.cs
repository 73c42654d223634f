using System.Globalization;

namespace ContainerKit.Docker.Progress;

/// <summary>Plain, greppable lines for logs and CI: <c>[scope] DONE 1.2s step</c>.</summary>
public sealed class PlainProgressReporter(TextWriter writer, bool showLogs = true) : IBuildProgressReporter
{
    private readonly Lock _gate = new();

    /// <inheritdoc />
    public void Report(BuildProgressEvent progress)
    {
        var line = Format(progress, showLogs);
        if (line is null) return;
        lock (_gate) writer.WriteLine(line);
    }

    /// <summary>The line printed for an event, or null when it is not shown.</summary>
    public static string? Format(BuildProgressEvent progress, bool showLogs)
    {
        var duration = progress.Duration is { } d ? d.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + "s " : "";
        return progress.State switch
        {
            BuildStepState.Started => $"[{progress.Scope}] RUN    {progress.Step}",
            BuildStepState.Completed => $"[{progress.Scope}] DONE   {duration}{progress.Step}",
            BuildStepState.Cached => $"[{progress.Scope}] CACHED {progress.Step}",
            BuildStepState.Failed => $"[{progress.Scope}] FAILED {duration}{progress.Step}: {progress.Text}",
            BuildStepState.Log when showLogs => $"[{progress.Scope}]   | {progress.Text}",
            _ => null,
        };
    }
}
