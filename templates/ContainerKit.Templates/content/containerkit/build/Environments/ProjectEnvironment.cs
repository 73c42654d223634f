using ContainerKit.Definitions;
using ContainerKit.Model;

namespace Environments;

/// <summary>
/// This repository's environment: a cpu entry on debian:bookworm-slim with Debian's Python, the project
/// installed into a virtual environment. Add a cuda entry with Matrix and Base, packages with RuntimeApt,
/// DevApt and PipFor; ./build.sh --help lists the targets.
/// </summary>
public sealed class ProjectEnvironment : FromPythonEnvironment
{
    /// <inheritdoc />
    public override Project Project => new("containerkit-project");

    /// <inheritdoc />
    public override Matrix Matrix => Matrix.Platforms(Platform.Amd64).Accelerations(Acceleration.Cpu);

    /// <inheritdoc />
    public override BaseImage Base(MatrixEntry entry) => BaseImage.Parse("debian:bookworm-slim");

    /// <inheritdoc />
    public override AptPackages BaseAptFor(MatrixEntry entry) => ["python3", "python3-venv", "python3-pip"];

    /// <inheritdoc />
    public override AptPackages RuntimeApt => ["ca-certificates", "git"];

    /// <inheritdoc />
    public override AptPackages DevApt => ["openssh-server", "less"];
}
