using ContainerKit.Targets.Host;

namespace ContainerKit.Tests.Host;

/// <summary>One parameter of each supported type, and targets that require or depend on them.</summary>
internal sealed class ParameterBuild : RecordingBuild
{
    [Parameter("Name of the release")]
    public string? ReleaseName { get; set; }

    [Parameter("Overwrite what exists")]
    public bool Force { get; set; }

    [Parameter("How many copies")]
    public int Copies { get; set; } = 1;

    [Parameter("How many run at once")]
    public int? Parallelism { get; set; }

    [Parameter("Ice cream flavor")]
    public Flavor Flavor { get; set; } = Flavor.Vanilla;

    [Parameter("Labels to add")]
    public string[] Labels { get; set; } = [];

    [Parameter("Ports to open")]
    public int[] Ports { get; set; } = [];

    [Parameter("Password of the registry"), Secret]
    public string? Password { get; set; }

    public Target Show => _ => _
        .Description("Does nothing")
        .Executes(() => Record(nameof(Show)));

    public Target Release => _ => _
        .Requires(() => ReleaseName)
        .Executes(() => Record(nameof(Release)));

    public Target Overwrite => _ => _
        .OnlyWhenStatic(() => Force)
        .Executes(() => Record(nameof(Overwrite)));

    public Target AfterOverwrite => _ => _
        .DependsOn(Overwrite)
        .Executes(() => Record(nameof(AfterOverwrite)));

    public Target GuardedRelease => _ => _
        .OnlyWhenStatic(() => Force)
        .Requires(() => ReleaseName)
        .Executes(() => Record(nameof(GuardedRelease)));
}
