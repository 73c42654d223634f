using ContainerKit.Model;

namespace ContainerKit.Definitions;

/// <summary>
/// An environment on a plain OS image: a conda/mamba installer is downloaded from <see cref="CondaInstallerUrl"/>,
/// installed at <see cref="CondaInstallPath"/>, and <see cref="Conda"/> is created with <c>mamba env create</c>.
/// </summary>
public abstract class FromScratchEnvironment : EnvironmentDefinition
{
    /// <summary>The conda environment (channels, specs, pip section).</summary>
    public virtual CondaEnvironment Conda => new();

    /// <summary><see cref="Conda"/> for one entry.</summary>
    public virtual CondaEnvironment CondaFor(MatrixEntry entry) => Conda;

    /// <summary>The installer (a Miniforge-style <c>.sh</c>); the latest Miniforge for the entry's CPU by default.</summary>
    public virtual string CondaInstallerUrl(MatrixEntry entry) =>
        "https://github.com/conda-forge/miniforge/releases/latest/download/Miniforge3-Linux-"
        + (entry.Platform == Platform.Arm64 ? "aarch64" : "x86_64") + ".sh";

    /// <summary>Where conda is installed.</summary>
    public virtual string CondaInstallPath => "/opt/conda";

    /// <summary>The name of the created conda environment (activated through PATH).</summary>
    public virtual string CondaEnvironmentName => "project";
}
