using ContainerKit.Targets.Host;

namespace ContainerKit.Targets;

/// <summary>Rendering and linting targets (issue 3).</summary>
public abstract partial class ContainerKitBuild
{
    /// <summary>Renders every matrix entry.</summary>
    public Target Render => _ => _
        .Description("Render Dockerfiles, entrypoints, compose and render.json to artifacts/containers")
        .Executes(() => Later(nameof(Render), 3));

    /// <summary>Lints the rendered files.</summary>
    public Target Lint => _ => _
        .Description("Lint the rendered Dockerfiles and scripts")
        .DependsOn(Render)
        .Executes(() => Later(nameof(Lint), 3));

}
