using ContainerKit.Targets.Host;

namespace ContainerKit.Targets;

/// <summary>Container targets: run, dev, interactive shells, environment listing and .env (issue 4).</summary>
public abstract partial class ContainerKitBuild
{
    /// <summary>Lists the Python environment in the image.</summary>
    public Target ListEnv => _ => _
        .Description("List the conda/pip packages inside the image")
        .DependsOn(Render)
        .Executes(() => Later(nameof(ListEnv), 4));

    /// <summary>Opens a shell in the dev image without the project.</summary>
    public Target EmptyInteractive => _ => _
        .Description("Open a shell in the dev image without the project mounted")
        .DependsOn(Render)
        .Executes(() => Later(nameof(EmptyInteractive), 4));

    /// <summary>Runs a command in the run image.</summary>
    public Target Run => _ => _
        .Description("Run --command in the run image with the project mounted")
        .DependsOn(Render, Env)
        .Executes(() => Later(nameof(Run), 4));

    /// <summary>Runs a command in the dev image.</summary>
    public Target Dev => _ => _
        .Description("Run --command (default a shell) in the dev image with the project mounted")
        .DependsOn(Render, Env)
        .Executes(() => Later(nameof(Dev), 4));

    /// <summary>Writes the .env file.</summary>
    public Target Env => _ => _
        .Description("Write .env with the host user, group and project values")
        .Executes(() => Later(nameof(Env), 4));
}
