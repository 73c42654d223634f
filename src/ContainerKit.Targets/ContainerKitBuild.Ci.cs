using ContainerKit.Targets.Host;

namespace ContainerKit.Targets;

/// <summary>CI workflow generation (issue 5).</summary>
public abstract partial class ContainerKitBuild
{
    /// <summary>Generates the CI workflow.</summary>
    public Target GenerateCi => _ => _
        .Description("Generate the CI workflow that builds the matrix in parallel jobs")
        .Executes(() => Later(nameof(GenerateCi), 5));
}
