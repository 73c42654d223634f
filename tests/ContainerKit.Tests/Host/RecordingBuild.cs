using ContainerKit.Targets.Host;

namespace ContainerKit.Tests.Host;

/// <summary>Base of the test builds: their targets record what ran, in order.</summary>
internal abstract class RecordingBuild : NukeBuild
{
    public List<string> Executed { get; } = [];

    protected void Record(string step) => Executed.Add(step);
}
