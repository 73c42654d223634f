using ContainerKit.Definitions;
using ContainerKit.Model;

namespace ContainerKit.Tests.Core;

/// <summary>A from-scratch definition whose conda members are set per test.</summary>
internal sealed class TestCondaEnvironment : FromScratchEnvironment
{
    public CondaEnvironment CondaValue { get; init; } = new() { Dependencies = ["python=3.11"] };
    public string Installer { get; init; } = "https://example.org/miniforge/Miniforge3-Linux-x86_64.sh";
    public string? InstallerSha256 { get; init; }
    public string InstallPathValue { get; init; } = "/opt/conda";
    public string EnvironmentNameValue { get; init; } = "project";

    public override string Name => "test-conda";
    public override Project Project => new("test-conda");
    public override BaseImage Base(MatrixEntry entry) => BaseImage.Parse("ubuntu:22.04");
    public override CondaEnvironment Conda => CondaValue;
    public override CondaInstaller CondaInstallerFor(MatrixEntry entry) => new(Installer, InstallerSha256);
    public override string CondaInstallPath => InstallPathValue;
    public override string CondaEnvironmentName => EnvironmentNameValue;
}
