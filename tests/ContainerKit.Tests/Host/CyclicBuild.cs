using ContainerKit.Targets.Host;

namespace ContainerKit.Tests.Host;

/// <summary>Alpha depends on Beta depends on Gamma depends on Alpha.</summary>
internal sealed class CyclicBuild : NukeBuild
{
    public Target Alpha => _ => _.DependsOn(Beta);
    public Target Beta => _ => _.DependsOn(Gamma);
    public Target Gamma => _ => _.DependsOn(Alpha);
}
