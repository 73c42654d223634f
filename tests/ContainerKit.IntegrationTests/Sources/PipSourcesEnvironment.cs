using ContainerKit.Definitions;
using ContainerKit.Model;

namespace ContainerKit.IntegrationTests.Sources;

/// <summary>
/// An environment installing one requirement from each pip source the test starts on loopback: the primary index
/// (<see cref="PipSources.IndexUrl"/>), an extra index, a find-links folder and a private index whose credentials
/// come from the <c>pip-netrc</c> BuildKit secret. The base stage is <see cref="WheelEnvironment"/>'s, so its layers are shared.
/// </summary>
public sealed class PipSourcesEnvironment(PipSources sources, IReadOnlyList<string> requirements, string name = "it-pip-sources") : FromPythonEnvironment
{
    /// <inheritdoc />
    public override string Name => name;

    /// <inheritdoc />
    public override Project Project => new("it-pip-sources", imageName: "containerkit-it/" + Name);

    /// <inheritdoc />
    public override BaseImage Base(MatrixEntry entry) => BaseImage.Parse("debian:bookworm-slim");

    /// <inheritdoc />
    public override AptPackages BaseApt => ["python3", "python3-venv", "python3-pip", "python3-setuptools", "python3-wheel"];

    /// <inheritdoc />
    public override PipRequirements Pip => PipRequirements.Create([.. requirements.Select(r => new PipRequirement(r))]);

    /// <inheritdoc />
    public override PipSources PipSources => sources;
}
