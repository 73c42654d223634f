using System.Collections.Concurrent;
using ContainerKit.Docker.Progress;

namespace ContainerKit.Tests.Engine;

/// <summary>Keeps every progress event it receives, in order.</summary>
internal sealed class RecordingReporter : IBuildProgressReporter
{
    private readonly ConcurrentQueue<BuildProgressEvent> _events = new();

    public IReadOnlyList<BuildProgressEvent> Events => [.. _events];

    public void Report(BuildProgressEvent progress) => _events.Enqueue(progress);
}
