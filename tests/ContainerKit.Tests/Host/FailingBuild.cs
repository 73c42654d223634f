using ContainerKit.Targets.Host;

namespace ContainerKit.Tests.Host;

/// <summary>Targets that fail in different ways, and targets around them.</summary>
internal sealed class FailingBuild : RecordingBuild
{
    public Target Setup => _ => _
        .Executes(() => Record(nameof(Setup)));

    public Target Broken => _ => _
        .DependsOn(Setup)
        .Triggers(Cleanup)
        .Executes(() => throw new InvalidOperationException("the disk is full"));

    public Target Tolerant => _ => _
        .ProceedAfterFailure()
        .Executes(() => throw new InvalidOperationException("flaky"));

    public Target Dependent => _ => _
        .DependsOn(Broken)
        .Executes(() => Record(nameof(Dependent)));

    public Target Cleanup => _ => _
        .Executes(() => Record(nameof(Cleanup)));

    public Target Independent => _ => _
        .After(Broken, Tolerant)
        .Executes(() => Record(nameof(Independent)));

    public Target ExitThree => _ => _
        .Executes(() => throw new TargetExitException(3, "the command exited with 3"));
}
