using ContainerKit.Entrypoints;

namespace ContainerKit.Rendering;

/// <summary>
/// The commands of the python-env stage that download the conda installer, check it against its SHA-256 (when the
/// definition gives one) and run it: a download that does not match fails the build before the installer runs.
/// </summary>
public static class CondaInstallerScript
{
    /// <summary>Where the installer is downloaded inside the build.</summary>
    public const string InstallerFile = "/tmp/conda-installer.sh";

    /// <summary>The commands, to be joined with <c>&amp;&amp;</c> in one RUN.</summary>
    /// <param name="url">The installer URL.</param>
    /// <param name="sha256">The installer's SHA-256 in hex, or null to skip the check (Lint reports CK2050).</param>
    /// <param name="installPath">Where conda is installed (<c>-p</c>).</param>
    public static IReadOnlyList<string> Commands(string url, string? sha256, string installPath)
    {
        ArgumentNullException.ThrowIfNull(url);
        var commands = new List<string> { $"curl --fail --silent --show-error --location --output {InstallerFile} {ShellQuoting.Quote(url)}" };
        if (sha256 is not null)
        {
            commands.Add($"printf '%s  %s\\n' {ShellQuoting.Word(sha256)} {InstallerFile} > {InstallerFile}.sha256");
            commands.Add($"sha256sum --check --strict {InstallerFile}.sha256");
        }
        commands.Add($"bash {InstallerFile} -b -p {ShellQuoting.Word(installPath)}");
        commands.Add(sha256 is null ? $"rm {InstallerFile}" : $"rm {InstallerFile} {InstallerFile}.sha256");
        return commands;
    }
}
