using ContainerKit.Targets.Host;

namespace ContainerKit.Targets;

/// <summary>Source-editing targets: freeze, platform and base edits (issue 5).</summary>
public abstract partial class ContainerKitBuild
{
    /// <summary>Rewrites dependency files from the image.</summary>
    public Target FreezeEnv => _ => _
        .Description("Rewrite the dependency files from what is installed in the image")
        .DependsOn(Render)
        .Executes(() => Later(nameof(FreezeEnv), 5));

    /// <summary>Changes or copies a definition's platform/acceleration.</summary>
    public Target EditPlatform => _ => _
        .Description("Change or copy a definition to another platform/acceleration (syntax rewrite)")
        .Executes(() => Later(nameof(EditPlatform), 5));

    /// <summary>Switches a definition between from-python and from-scratch.</summary>
    public Target EditFromBase => _ => _
        .Description("Switch a definition between the from-python and from-scratch bases (syntax rewrite)")
        .Executes(() => Later(nameof(EditFromBase), 5));
}
