namespace ContainerKit.Docker.Provisioning;

/// <summary>
/// PowerShell 7 (<see cref="Version"/>), installed as a .NET tool into <c>.nuke/temp/pwsh</c> of a repository, for
/// the tests that run <c>pwsh build.ps1</c>. Idempotent: when that version is installed it only checks the files.
/// </summary>
/// <param name="rootDirectory">The repository root.</param>
/// <param name="progress">Receives one line per step.</param>
public sealed class PowerShellToolProvisioner(string rootDirectory, TextWriter progress)
{
    /// <summary>The PowerShell package version (NuGet package <c>PowerShell</c>, a .NET tool).</summary>
    public const string Version = "7.6.9";

    /// <summary>The tool folder, <c>.nuke/temp/pwsh</c>.</summary>
    public string ToolFolder { get; } = Path.Combine(rootDirectory, ".nuke", "temp", "pwsh");

    /// <summary>The pwsh executable in <see cref="ToolFolder"/>.</summary>
    public string Executable => Path.Combine(ToolFolder, OperatingSystem.IsWindows() ? "pwsh.exe" : "pwsh");

    /// <summary>
    /// Installs (or updates to) <see cref="Version"/> with <c>dotnet tool update --tool-path</c> unless it is
    /// there; returns <see cref="Executable"/>. A failed install is a CK3007 diagnostic pointing at its log.
    /// </summary>
    /// <param name="cancellationToken">Cancels the install.</param>
    public async Task<string> EnsureAsync(CancellationToken cancellationToken)
    {
        var installed = Directory.Exists(Path.Combine(ToolFolder, ".store", "powershell", Version));
        if (installed && File.Exists(Executable))
        {
            progress.WriteLine($"PowerShell {Version}: {Executable}");
            return Executable;
        }
        progress.WriteLine($"PowerShell {Version}: installing the .NET tool into {ToolFolder}");
        var commands = new ProvisioningCommands(Path.Combine(rootDirectory, "artifacts", "test-tools"), "IntegrationTestTools");
        // update installs when the tool is absent, and moves another installed version to this one.
        await commands.RunLoggedAsync("pwsh-install.log", DotnetHost,
            ["tool", "update", "--tool-path", ToolFolder, "PowerShell", "--version", Version], cancellationToken).ConfigureAwait(false);
        return Executable;
    }

    /// <summary>The dotnet running this process when the SDK says so (DOTNET_HOST_PATH), else dotnet on PATH.</summary>
    private static string DotnetHost =>
        System.Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
}
