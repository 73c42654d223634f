using System.Text.RegularExpressions;

namespace ContainerKit.Tests.Host;

/// <summary>
/// build.sh and build.ps1 hash the same inputs into one content stamp: the same input names (src/ only where
/// src/ContainerKit.Targets exists, in both) and the same definition folders left out. A folder added to one list
/// and not the other would make the two bootstraps recompile for each other.
/// </summary>
public sealed class BootstrapStampInputsTests
{
    private static readonly string BuildSh = File.ReadAllText(RepositoryFolder.Combine("build.sh"));
    private static readonly string BuildPs1 = File.ReadAllText(RepositoryFolder.Combine("build.ps1"));

    [Fact]
    public void Both_bootstraps_hash_the_same_inputs()
    {
        var shell = ShellArray("INPUTS");
        var powerShell = PowerShellArray("InputNames").Append(PowerShellAppended("InputNames"));

        Assert.Equal(shell.Order(StringComparer.Ordinal), powerShell.Order(StringComparer.Ordinal));
        Assert.Contains("src/ContainerKit.Targets", BuildSh, StringComparison.Ordinal);
        Assert.Contains("[IO.Path]::Combine($Root, 'src', 'ContainerKit.Targets')", BuildPs1, StringComparison.Ordinal);
    }

    [Fact]
    public void Both_bootstraps_leave_the_same_definition_folders_out()
    {
        Assert.Equal(ShellArray("DEFINITIONS").Order(StringComparer.Ordinal), PowerShellArray("Definitions").Order(StringComparer.Ordinal));
        Assert.Contains("build/Environments", ShellArray("DEFINITIONS"));
    }

    private static string[] ShellArray(string name) =>
        Regex.Match(BuildSh, $@"(?m)^{name}=\(([^)]*)\)").Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static IEnumerable<string> PowerShellArray(string name) =>
        Regex.Matches(Regex.Match(BuildPs1, $@"(?m)^\${name} = @\(([^)]*)\)").Groups[1].Value, "'([^']*)'").Select(m => m.Groups[1].Value);

    private static string PowerShellAppended(string name) => Regex.Match(BuildPs1, $@"\${name} \+= '([^']*)'").Groups[1].Value;
}
