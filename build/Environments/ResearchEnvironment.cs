using ContainerKit.Definitions;
using ContainerKit.Model;

namespace Environments;

/// <summary>
/// Example from-python environment: the cuda entry extends NVIDIA's PyTorch image (its entrypoint chained),
/// the cu124 entry starts from NVIDIA's CUDA 12.4 runtime with Ubuntu's Python and takes torch from the PyTorch
/// CUDA 12.4 wheel index, the cpu entries (amd64 and arm64) build from debian:bookworm-slim with Debian's Python, so
/// they build without Docker Hub or PyPI.
/// </summary>
public sealed class ResearchEnvironment : FromPythonEnvironment
{
    /// <summary>CUDA 12.4 from a plain CUDA runtime image, torch from PyTorch's cu124 wheels (tags amd64-cu124-...).</summary>
    public static Acceleration Cu124 { get; } = Acceleration.CudaVariant("cu124");

    /// <inheritdoc />
    public override Project Project => new("research-project", lab: "example-lab");

    /// <inheritdoc />
    /// <remarks>arm64 has the cpu entry only (built through QEMU on amd64 machines, see SetupEmulation).</remarks>
    public override Matrix Matrix => Matrix.Platforms(Platform.Amd64, Platform.Arm64).Accelerations(Acceleration.Cpu, Acceleration.Cuda, Cu124)
        .Except(new MatrixEntry(Platform.Arm64, Acceleration.Cuda), new MatrixEntry(Platform.Arm64, Cu124));

    /// <inheritdoc />
    public override BaseImage Base(MatrixEntry entry) =>
        entry.Acceleration == Acceleration.Cuda ? BaseImage.Parse("nvcr.io/nvidia/pytorch:24.07-py3").WithEntrypoint("/opt/nvidia/nvidia_entrypoint.sh")
        : entry.Acceleration == Cu124 ? BaseImage.Parse("nvidia/cuda:12.4.1-cudnn-runtime-ubuntu22.04")
        : BaseImage.Parse("debian:bookworm-slim");

    /// <inheritdoc />
    public override AptPackages BaseAptFor(MatrixEntry entry) => entry.Acceleration == Acceleration.Cuda
        ? AptPackages.Empty
        : ["python3", "python3-venv", "python3-pip"];

    /// <inheritdoc />
    public override AptPackages RuntimeApt => ["ca-certificates", "git"];

    /// <inheritdoc />
    public override AptPackages DevApt => ["openssh-server", "htop", "less", "vim-tiny"];

    /// <inheritdoc />
    public override PipRequirements PipFor(MatrixEntry entry) =>
        entry.Acceleration == Acceleration.Cuda ? ["transformers==4.44.2", "wandb==0.17.7"]
        : entry.Acceleration == Cu124 ? ["torch==2.4.1+cu124", "transformers==4.44.2", "wandb==0.17.7"]
        : PipRequirements.Empty;

    /// <summary>The cu124 entry also searches PyTorch's CUDA 12.4 wheel index, where torch's +cu124 builds live.</summary>
    public override PipSources PipSourcesFor(MatrixEntry entry) => entry.Acceleration == Cu124
        ? new() { ExtraIndexUrls = ["https://download.pytorch.org/whl/cu124"] }
        : PipSources;

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
