using ContainerKit.Targets.Host;

namespace ContainerKit.Tests.Host;

/// <summary>Targets related by DependsOn, Before, After and Triggers.</summary>
internal sealed class OrderingBuild : RecordingBuild
{
    public Target Restore => _ => _
        .Description("Restore packages")
        .Executes(() => Record(nameof(Restore)));

    public Target Compile => _ => _
        .Description("Compile the code")
        .DependsOn(Restore)
        .Executes(() => Record(nameof(Compile)));

    public Target Test => _ => _
        .Description("Run the tests")
        .DependsOn(Compile)
        .Executes(() => Record(nameof(Test)));

    public Target Lint => _ => _
        .Before(Compile)
        .Executes(() => Record(nameof(Lint)));

    public Target Pack => _ => _
        .DependsOn(Compile)
        .After(Test)
        .Triggers(Publish)
        .Executes(() => Record(nameof(Pack)));

    public Target Publish => _ => _
        .Executes(() => Record(nameof(Publish)));

    public Target Secretive => _ => _
        .Description("Hidden from help")
        .Unlisted()
        .Executes(() => Record(nameof(Secretive)));
}
