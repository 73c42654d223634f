// A script definition for benchmarks/scripting.sh: the example research environment without a build project.
public sealed class ScriptResearchEnvironment : FromPythonEnvironment
{
    public override string Name => "script-research";
    public override Project Project => new("script-research", lab: "example-lab");
    public override Matrix Matrix => Matrix.Platforms(Platform.Amd64, Platform.Arm64).Accelerations(Acceleration.Cpu);
    public override BaseImage Base(MatrixEntry entry) => BaseImage.Parse("debian:bookworm-slim");
    public override AptPackages BaseApt => ["python3", "python3-venv", "python3-pip"];
    public override AptPackages RuntimeApt => ["ca-certificates", "git"];
    public override AptPackages DevApt => ["openssh-server", "htop"];
}
