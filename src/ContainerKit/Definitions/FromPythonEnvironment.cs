using ContainerKit.Model;

namespace ContainerKit.Definitions;

/// <summary>
/// An environment whose base image already has Python (e.g. an NGC PyTorch image). The requirements are
/// installed into a virtual environment that sees the base's packages (<c>--system-site-packages</c>), built
/// in its own stage and copied into the runtime image.
/// </summary>
public abstract class FromPythonEnvironment : EnvironmentDefinition
{
    /// <summary>The pip requirements.</summary>
    public virtual PipRequirements Pip => PipRequirements.Empty;

    /// <summary><see cref="Pip"/> for one entry.</summary>
    public virtual PipRequirements PipFor(MatrixEntry entry) => Pip;

    /// <summary>Where pip finds packages: index URL, extra indexes, find-links, trusted hosts, pre-releases, private-index credentials.</summary>
    public virtual PipSources PipSources => PipSources.Default;

    /// <summary><see cref="PipSources"/> for one entry (e.g. a CUDA wheel index for the cuda entry only).</summary>
    public virtual PipSources PipSourcesFor(MatrixEntry entry) => PipSources;

    /// <summary>The base image's Python interpreter used to create the virtual environment.</summary>
    public virtual string PythonExecutable => "python3";

    /// <summary>Where the virtual environment lives in the image.</summary>
    public virtual string VirtualEnvPath => "/opt/venv";
}
