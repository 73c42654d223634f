using ContainerKit.Definitions;
using ContainerKit.Model;

namespace ContainerKit.Tests.Freezing;

/// <summary>A from-python environment with inline lists on two entries.</summary>
public class FreezeInlineSample : FromPythonEnvironment
{
    public override Project Project => new("sample-project", package: "sample_project");
    public override Matrix Matrix => Matrix.Platforms(Platform.Amd64, Platform.Arm64).Accelerations(Acceleration.Cpu, Acceleration.Cuda);
    public override BaseImage Base(MatrixEntry entry) => BaseImage.Parse("debian:bookworm-slim");
    public override AptPackages BuildApt => ["build-essential"];
    public override AptPackages RuntimeApt => ["jq", "git"];
    public override PipRequirements Pip => ["six", "Typing_Extensions>=4"];
}

/// <summary>The same environment reading a requirements file.</summary>
public sealed class FreezeFileSample : FreezeInlineSample
{
    public override PipRequirements Pip => PipRequirements.FromFile("deps/requirements.txt");
}

/// <summary>A from-scratch environment with an inline conda environment.</summary>
public class FreezeCondaSample : FromScratchEnvironment
{
    public override Project Project => new("sample-project", package: "sample_project");
    public override BaseImage Base(MatrixEntry entry) => BaseImage.Parse("debian:bookworm-slim");
    public override CondaEnvironment Conda => new() { Dependencies = ["python=3.11", "numpy"], Pip = ["rich"] };
}

/// <summary>The conda environment read from a file.</summary>
public sealed class FreezeCondaFileSample : FreezeCondaSample
{
    public override CondaEnvironment Conda => CondaEnvironment.FromFile("deps/environment.yml");
}
