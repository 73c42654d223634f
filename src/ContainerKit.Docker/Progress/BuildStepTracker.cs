using System.Text;
using ContainerKit.Docker.BuildKit;

namespace ContainerKit.Docker.Progress;

/// <summary>
/// Folds BuildKit status updates into per-step events and keeps the last log lines of each step so a
/// failure can show what the failing step printed.
/// </summary>
public sealed class BuildStepTracker(string scope, IBuildProgressReporter reporter, int keptLines = 20)
{
    private readonly Dictionary<string, StepState> _steps = new(StringComparer.Ordinal);

    private StepState? _failed;

    // The classic builder's current step and the unfinished end of its last output message.
    private StepState? _classic;
    private string _partial = "";

    /// <summary>The first step that reported an error with its last log lines, or null.</summary>
    public FailedStep? Failure => _failed is null ? null : new FailedStep(_failed.Name, _failed.Error ?? "", _failed.Lines.ToList());

    /// <summary>Applies one status update.</summary>
    public void Apply(StatusResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        foreach (var vertex in response.Vertexes) ApplyVertex(vertex);
        foreach (var log in response.Logs)
        {
            var step = Step(log.Vertex);
            foreach (var line in step.Append(log.Msg.Span, keptLines))
                reporter.Report(new BuildProgressEvent(scope, BuildStepState.Log, step.Name, Text: line));
        }
    }

    /// <summary>
    /// Applies output of a classic (non-BuildKit) build, as Podman's Docker-compatible API (buildah) streams it:
    /// a <c>STEP n/m: INSTRUCTION</c> line (after an optional <c>[stage/stages]</c>) starts a step and completes the
    /// previous one; other lines are the current step's log. Lines may arrive split across messages.
    /// </summary>
    public void ApplyClassic(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = (_partial + text).Split('\n');
        _partial = lines[^1];
        foreach (var line in lines[..^1])
        {
            if (line.Length == 0) continue;
            var at = line.IndexOf("STEP ", StringComparison.Ordinal);
            if (at >= 0 && (at == 0 || (line[0] == '[' && line[..at].EndsWith("] ", StringComparison.Ordinal))) && line.Contains(':', StringComparison.Ordinal))
            {
                CompleteClassic();
                _classic = Step($"classic {_steps.Count}");
                _classic.Name = line;
                _classic.Started = true;
                reporter.Report(new BuildProgressEvent(scope, BuildStepState.Started, line));
            }
            else if (_classic is not null)
            {
                foreach (var kept in _classic.Append(Encoding.UTF8.GetBytes(line + "\n"), keptLines))
                    reporter.Report(new BuildProgressEvent(scope, BuildStepState.Log, _classic.Name, Text: kept));
            }
        }
    }

    /// <summary>Ends a classic build: the current step failed with <paramref name="error"/>, or completed when it is null.</summary>
    public void EndClassic(string? error)
    {
        if (_classic is not { Finished: false } step) return;
        if (error is null)
        {
            CompleteClassic();
            return;
        }
        step.Finished = true;
        step.Error = error.Trim();
        _failed ??= step;
        reporter.Report(new BuildProgressEvent(scope, BuildStepState.Failed, step.Name, Text: step.Error));
    }

    private void CompleteClassic()
    {
        if (_classic is not { Finished: false } previous) return;
        previous.Finished = true;
        reporter.Report(new BuildProgressEvent(scope, BuildStepState.Completed, previous.Name));
    }

    private void ApplyVertex(Vertex vertex)
    {
        var step = Step(vertex.Digest);
        if (vertex.Name.Length > 0) step.Name = vertex.Name;
        if (vertex.Started is not null && !step.Started && !vertex.Cached)
        {
            step.Started = true;
            reporter.Report(new BuildProgressEvent(scope, BuildStepState.Started, step.Name));
        }

        if (step.Finished) return;
        var duration = vertex.Started is { } s && vertex.Completed is { } c ? c.ToDateTimeOffset() - s.ToDateTimeOffset() : (TimeSpan?)null;
        if (vertex.Error.Length > 0)
        {
            step.Finished = true;
            step.Error = vertex.Error;
            _failed ??= step;
            reporter.Report(new BuildProgressEvent(scope, BuildStepState.Failed, step.Name, duration, vertex.Error));
        }
        else if (vertex.Completed is not null)
        {
            step.Finished = true;
            var state = vertex.Cached ? BuildStepState.Cached : BuildStepState.Completed;
            reporter.Report(new BuildProgressEvent(scope, state, step.Name, vertex.Cached ? null : duration));
        }
    }

    private StepState Step(string digest)
    {
        if (!_steps.TryGetValue(digest, out var step)) _steps[digest] = step = new StepState { Name = digest };
        return step;
    }

    private sealed class StepState
    {
        private readonly StringBuilder _partial = new();

        public required string Name { get; set; }

        public bool Started { get; set; }

        public bool Finished { get; set; }

        public string? Error { get; set; }

        public Queue<string> Lines { get; } = new();

        public IEnumerable<string> Append(ReadOnlySpan<byte> message, int kept)
        {
            _partial.Append(Encoding.UTF8.GetString(message));
            var text = _partial.ToString();
            var end = text.LastIndexOf('\n');
            if (end < 0) return [];
            _partial.Clear().Append(text, end + 1, text.Length - end - 1);
            var lines = text[..end].Split('\n').Select(l => l.TrimEnd('\r')).ToList();
            foreach (var line in lines)
            {
                Lines.Enqueue(line);
                while (Lines.Count > kept) Lines.Dequeue();
            }

            return lines;
        }
    }
}
