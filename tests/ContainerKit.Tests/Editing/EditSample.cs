using ContainerKit.Definitions;
using ContainerKit.Model;

namespace ContainerKit.Tests.Editing;

/// <summary>The definition the edit-target tests load; its source in the scratch build project is <see cref="EditTargetsTests.Source"/>.</summary>
public sealed class EditSampleEnvironment : FromPythonEnvironment
{
    public override Project Project => new("edit-sample");
    public override Matrix Matrix => Matrix.Platforms(Platform.Amd64).Accelerations(Acceleration.Cpu);
    public override BaseImage Base(MatrixEntry entry) => BaseImage.Parse("debian:bookworm-slim");
    public override PipRequirements Pip => ["rich"];
}
