using ContainerKit.Targets.Host;

namespace ContainerKit.Tests.Host;

/// <summary>A cycle made only of ordering: First runs after Second, Second runs after First.</summary>
internal sealed class OrderCycleBuild : NukeBuild
{
    public Target First => _ => _.After(Second);
    public Target Second => _ => _.After(First);
}
