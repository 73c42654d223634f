using ContainerKit.Targets.Host;

namespace ContainerKit.Targets;

/// <summary>Engine targets: build, push and pull (issue 4).</summary>
public abstract partial class ContainerKitBuild
{
    /// <summary>Builds the generic (root) run and dev images.</summary>
    public Target BuildGeneric => _ => _
        .Description("Build the generic run and dev images for each matrix entry")
        .DependsOn(Lint)
        .Executes(() => Later(nameof(BuildGeneric), 4));

    /// <summary>Builds the per-user layer.</summary>
    public Target BuildUser => _ => _
        .Description("Build the per-user layer (USER/USRID/GRP/GRPID) on the generic images")
        .DependsOn(Render)
        .After(BuildGeneric)
        .Executes(() => Later(nameof(BuildUser), 4));

    /// <summary>Builds generic and user images.</summary>
    public Target Build => _ => _
        .Description("Build the generic and the user images")
        .DependsOn(BuildGeneric, BuildUser);

    /// <summary>Pushes the generic images.</summary>
    public Target PushGeneric => _ => _
        .Description("Push the generic images to --registry")
        .DependsOn(Render)
        .After(BuildGeneric)
        .Requires(() => Registry)
        .Executes(() => Later(nameof(PushGeneric), 4));

    /// <summary>Pushes the user images.</summary>
    public Target PushUser => _ => _
        .Description("Push the user images to --registry")
        .DependsOn(Render)
        .After(BuildUser)
        .Requires(() => Registry)
        .Executes(() => Later(nameof(PushUser), 4));

    /// <summary>Pulls generic images and retags them locally.</summary>
    public Target PullGeneric => _ => _
        .Description("Pull the generic images from --registry and tag them locally")
        .DependsOn(Render)
        .Requires(() => Registry)
        .Executes(() => Later(nameof(PullGeneric), 4));
}
