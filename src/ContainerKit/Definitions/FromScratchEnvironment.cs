using ContainerKit.Model;

namespace ContainerKit.Definitions;

/// <summary>
/// An environment on a plain OS image: a conda/mamba installer is downloaded from <see cref="CondaInstallerFor"/> and checked against its SHA-256,
/// installed at <see cref="CondaInstallPath"/>, and <see cref="Conda"/> is created with <c>mamba env create</c>.
/// </summary>
public abstract class FromScratchEnvironment : EnvironmentDefinition
{
    /// <summary>The conda environment (channels, specs, pip section).</summary>
    public virtual CondaEnvironment Conda => new();

    /// <summary><see cref="Conda"/> for one entry.</summary>
    public virtual CondaEnvironment CondaFor(MatrixEntry entry) => Conda;

    /// <summary>
    /// The installer of an entry (a Miniforge-style <c>.sh</c>, URL and SHA-256): by default the pinned Miniforge
    /// release for the entry's CPU (<see cref="CondaInstaller.Miniforge"/>), verified before it runs.
    /// </summary>
    public virtual CondaInstaller CondaInstallerFor(MatrixEntry entry) => CondaInstaller.Miniforge(entry.Platform);

    /// <summary>Where conda is installed.</summary>
    public virtual string CondaInstallPath => "/opt/conda";

    /// <summary>The name of the created conda environment (activated through PATH).</summary>
    public virtual string CondaEnvironmentName => "project";
}
