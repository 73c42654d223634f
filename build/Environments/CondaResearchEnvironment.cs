using ContainerKit.Definitions;
using ContainerKit.Model;

namespace Environments;

/// <summary>Example from-scratch environment: a CUDA runtime OS image, Miniforge and a conda environment, on amd64 and arm64.</summary>
public sealed class CondaResearchEnvironment : FromScratchEnvironment
{
    /// <inheritdoc />
    public override Project Project => new("conda-research", lab: "example-lab");

    /// <inheritdoc />
    public override Matrix Matrix => Matrix.Platforms(Platform.Amd64, Platform.Arm64).Accelerations(Acceleration.Cuda);

    /// <inheritdoc />
    public override BaseImage Base(MatrixEntry entry) => BaseImage.Parse("nvidia/cuda:12.4.1-cudnn-runtime-ubuntu22.04");

    /// <inheritdoc />
    public override AptPackages BuildApt => ["build-essential"];

    /// <inheritdoc />
    public override AptPackages RuntimeApt => ["ca-certificates", "git", "tini"];

    /// <inheritdoc />
    public override AptPackages DevApt => ["openssh-server", "htop"];

    /// <inheritdoc />
    public override CondaEnvironment Conda => new()
    {
        Channels = ["conda-forge"],
        Dependencies = ["python=3.11", "numpy=1.26.4", "pip"],
        Pip = ["rich==13.7.1"],
    };

    /// <inheritdoc />
    public override UserLayer User => new() { Sudo = SudoPolicy.None };
}
