namespace ContainerKit.Model;

/// <summary>A conda installation made from an installer, with one environment created from environment.yml.</summary>
/// <param name="InstallerUrl">The installer URL.</param>
/// <param name="InstallPath">Where conda is installed.</param>
/// <param name="EnvironmentName">The created environment.</param>
/// <param name="Channels">Channels in priority order.</param>
/// <param name="Dependencies">Conda match specs.</param>
/// <param name="Pip">The pip section.</param>
public sealed record CondaInstall(
    string InstallerUrl,
    string InstallPath,
    string EnvironmentName,
    IReadOnlyList<string> Channels,
    IReadOnlyList<string> Dependencies,
    IReadOnlyList<string> Pip) : PythonInstall
{
    /// <summary>The installer's SHA-256 (64 lower-case hex digits) checked before it runs; null for an unverified installer.</summary>
    public string? InstallerSha256 { get; init; }

    /// <summary>The prefix of the created environment.</summary>
    public string EnvironmentPrefix => $"{InstallPath}/envs/{EnvironmentName}";

    /// <inheritdoc />
    public override string InstallRoot => InstallPath;

    /// <inheritdoc />
    public override string BinFolder => EnvironmentPrefix + "/bin";
}
