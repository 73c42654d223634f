using ContainerKit.Definitions;
using ContainerKit.Entrypoints;
using ContainerKit.Model;

namespace ContainerKit.Tests.Core;

/// <summary>A from-python definition whose members are set per test; defaults render and build cleanly.</summary>
internal sealed class TestEnvironment : FromPythonEnvironment
{
    public string NameValue { get; init; } = "test-env";
    public Project ProjectValue { get; init; } = new("test-project");
    public Matrix MatrixValue { get; init; } = Matrix.Platforms(Platform.Amd64).Accelerations(Acceleration.Cpu);
    public string BaseValue { get; init; } = "debian:bookworm-slim";
    public string? BaseEntrypointValue { get; init; }
    public BaseEntrypointMode BaseEntrypointModeValue { get; init; } = BaseEntrypointMode.Exec;
    public string PythonValue { get; init; } = "python3";
    public string VenvValue { get; init; } = "/opt/venv";
    public AptPackages BaseAptValue { get; init; } = ["python3", "python3-venv"];
    public AptPackages BuildAptValue { get; init; } = AptPackages.Empty;
    public AptPackages RuntimeAptValue { get; init; } = ["git"];
    public AptPackages DevAptValue { get; init; } = ["htop"];
    public PipRequirements PipValue { get; init; } = ["requests==2.32.3"];
    public PipSources SourcesValue { get; init; } = PipSources.Default;
    public Dictionary<string, string> Variables { get; init; } = [];
    public UserLayer UserValue { get; init; } = new();
    public Labels LabelsValue { get; init; } = new() { Title = "Test" };
    public EntrypointOptions EntrypointValue { get; init; } = new();
    public IReadOnlyList<CustomStage> Stages { get; init; } = [];
    public IReadOnlyList<Instruction> Runtime { get; init; } = [];
    public IReadOnlyList<Instruction> Development { get; init; } = [];
    public InteractiveShell DevShellValue { get; init; } = InteractiveShell.Zsh;
    public bool ZshPluginsValue { get; init; } = true;
    public IReadOnlyList<Mount> MountsValue { get; init; } = [];

    public override string Name => NameValue;
    public override Project Project => ProjectValue;
    public override Matrix Matrix => MatrixValue;
    public override BaseImage Base(MatrixEntry entry) => BaseEntrypointValue is null
        ? BaseImage.Parse(BaseValue)
        : BaseImage.Parse(BaseValue).WithEntrypoint(BaseEntrypointValue, BaseEntrypointModeValue);
    public override string PythonExecutable => PythonValue;
    public override string VirtualEnvPath => VenvValue;
    public override AptPackages BaseApt => BaseAptValue;
    public override AptPackages BuildApt => BuildAptValue;
    public override AptPackages RuntimeApt => RuntimeAptValue;
    public override AptPackages DevApt => DevAptValue;
    public override PipRequirements Pip => PipValue;
    public override PipSources PipSources => SourcesValue;
    public override IReadOnlyDictionary<string, string> EnvironmentVariables => Variables;
    public override UserLayer User => UserValue;
    public override Labels Labels => LabelsValue;
    public override EntrypointOptions Entrypoint => EntrypointValue;
    public override IReadOnlyList<CustomStage> CustomStages(MatrixEntry entry) => Stages;
    public override IReadOnlyList<Mount> Mounts => MountsValue;
    public override IReadOnlyList<Instruction> RuntimeInstructions(MatrixEntry entry) => Runtime;
    public override IReadOnlyList<Instruction> DevelopmentInstructions(MatrixEntry entry) => Development;
    public override InteractiveShell DevShell => DevShellValue;
    public override bool ZshPlugins => ZshPluginsValue;
}
