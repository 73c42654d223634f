using ContainerKit.Targets.Host;

namespace ContainerKit.Tests.Host;

/// <summary>One target with sync, async and cancellable async actions.</summary>
internal sealed class ActionsBuild : RecordingBuild
{
    public Target Steps => _ => _
        .Executes(() => Record("sync"))
        .Executes(async () =>
        {
            await Task.Yield();
            Record("async");
        })
        .Executes(async cancellationToken =>
        {
            await Task.Delay(1, cancellationToken);
            Record("async with token");
        })
        .Executes(() => Record("sync again"));
}
