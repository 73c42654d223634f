using ContainerKit.Targets.Host;

namespace ContainerKit.Tests.Host;

/// <summary>A target that runs until it is cancelled, one that fails oddly when cancelled, and one after them.</summary>
internal sealed class CancellableBuild : RecordingBuild
{
    /// <summary>Completed once a long target has started.</summary>
    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Target Long => _ => _
        .Executes(async ct =>
        {
            Started.SetResult();
            await Task.Delay(Timeout.Infinite, ct);
        });

    /// <summary>Like a stream whose connection the cancellation closed: it ends with an IOException, not a cancellation.</summary>
    public Target Stream => _ => _
        .Executes(async ct =>
        {
            Started.SetResult();
            try
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
            catch (OperationCanceledException)
            {
                throw new IOException("the response ended prematurely");
            }
        });

    public Target Later => _ => _
        .After(Long, Stream)
        .Executes(() => Record(nameof(Later)));
}
