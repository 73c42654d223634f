using ContainerKit.Targets;

namespace ContainerKit.Tests.Host;

/// <summary>The reusable ContainerKit targets as a project's build gets them.</summary>
internal sealed class ContainerKitTargetsBuild : ContainerKitBuild;
