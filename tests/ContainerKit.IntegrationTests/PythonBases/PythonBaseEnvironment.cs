using ContainerKit.Definitions;
using ContainerKit.Model;

namespace ContainerKit.IntegrationTests.PythonBases;

/// <summary>
/// A from-python environment on a local <see cref="PythonBaseImage"/>: one pip requirement from a local index
/// (requirements.txt names it), bash as the dev shell and no sudo, so the generic build needs no apt at all.
/// </summary>
/// <param name="kind">The base's kind (part of the names).</param>
/// <param name="baseImage">The local base image.</param>
public sealed class PythonBaseEnvironment(PythonBaseKind kind, string baseImage) : FromPythonEnvironment
{
    /// <summary>The requirements file the definition names (served by the test's readFile).</summary>
    public const string RequirementsFile = "requirements.txt";

    /// <summary>The project's Python package (mounted, installed editable by the entrypoint).</summary>
    public const string Package = "ck_pybase_project";

    /// <inheritdoc />
    public override string Name => "it-pybase-" + kind.ToString().ToLowerInvariant();

    /// <inheritdoc />
    public override Project Project => new(Name, package: Package, imageName: "containerkit-it/" + Name);

    /// <inheritdoc />
    public override BaseImage Base(MatrixEntry entry) => BaseImage.Parse(baseImage);

    /// <inheritdoc />
    public override PipRequirements Pip => PipRequirements.FromFile(RequirementsFile);

    /// <inheritdoc />
    public override InteractiveShell DevShell => InteractiveShell.Bash;

    /// <inheritdoc />
    public override UserLayer User => new() { Sudo = SudoPolicy.None };
}
