using ContainerKit.Definitions;
using ContainerKit.Model;

namespace Environments;

/// <summary>
/// Example from-python environment: the cuda entry extends NVIDIA's PyTorch image (its entrypoint chained),
/// the cpu entry builds from debian:bookworm-slim with Debian's Python, so it builds without Docker Hub or PyPI.
/// </summary>
public sealed class ResearchEnvironment : FromPythonEnvironment
{
    /// <inheritdoc />
    public override Project Project => new("research-project", lab: "example-lab");

    /// <inheritdoc />
    public override Matrix Matrix => Matrix.Platforms(Platform.Amd64).Accelerations(Acceleration.Cpu, Acceleration.Cuda);

    /// <inheritdoc />
    public override BaseImage Base(MatrixEntry entry) => entry.Acceleration == Acceleration.Cuda
        ? BaseImage.Parse("nvcr.io/nvidia/pytorch:24.07-py3").WithEntrypoint("/opt/nvidia/nvidia_entrypoint.sh")
        : BaseImage.Parse("debian:bookworm-slim");

    /// <inheritdoc />
    public override AptPackages BaseAptFor(MatrixEntry entry) => entry.Acceleration == Acceleration.Cpu
        ? ["python3", "python3-venv", "python3-pip"]
        : AptPackages.Empty;

    /// <inheritdoc />
    public override AptPackages RuntimeApt => ["ca-certificates", "git"];

    /// <inheritdoc />
    public override AptPackages DevApt => ["openssh-server", "htop", "less", "vim-tiny"];

    /// <inheritdoc />
    public override PipRequirements PipFor(MatrixEntry entry) => entry.Acceleration == Acceleration.Cuda
        ? ["transformers==4.44.2", "wandb==0.17.7"]
        : PipRequirements.Empty;

    /// <summary>
    /// The dataset is read-only at /data (DATA_DIR), results go to /outputs (OUTPUT_DIR); both folders are under the
    /// project root and must exist before Run or Dev (mkdir -p data outputs).
    /// </summary>
    public override IReadOnlyList<Mount> Mounts =>
    [
        Mount.Dataset("data", "/data").WithVariable("DATA_DIR"),
        Mount.Output("outputs", "/outputs").WithVariable("OUTPUT_DIR"),
    ];

    /// <inheritdoc />
    public override Labels Labels => new() { Title = "Research project", Source = "https://example.org/example-lab/research-project" };
}
