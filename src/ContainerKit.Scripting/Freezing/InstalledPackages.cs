namespace ContainerKit.Scripting.Freezing;

/// <summary>
/// What one image has installed, parsed from the listings <c>FreezeEnv</c> collects inside it
/// (<c>dpkg-query</c>, <c>pip list --format freeze</c> now and before the install, <c>mamba env export --no-builds</c>).
/// </summary>
public sealed record InstalledPackages
{
    /// <summary>Debian package name to version.</summary>
    public IReadOnlyDictionary<string, string> Apt { get; init; } = new Dictionary<string, string>();

    /// <summary>Python distribution name (as pip spells it) to version, editable installs excluded.</summary>
    public IReadOnlyDictionary<string, string> Pip { get; init; } = new Dictionary<string, string>();

    /// <summary>The Python environment before the requirements were installed (the image's pip snapshot).</summary>
    public IReadOnlyDictionary<string, string> PipBefore { get; init; } = new Dictionary<string, string>();

    /// <summary>The conda export, when the image has a conda environment.</summary>
    public CondaExport? Conda { get; init; }

    /// <summary>Parses the raw listings; a null listing means the tool or snapshot was absent.</summary>
    /// <exception cref="FormatException">The conda export is not an environment file.</exception>
    public static InstalledPackages Parse(string? dpkg, string? pipFreeze, string? pipBefore, string? condaExport) => new()
    {
        Apt = ParseDpkg(dpkg ?? ""),
        Pip = ParsePipFreeze(pipFreeze ?? ""),
        PipBefore = ParsePipFreeze(pipBefore ?? ""),
        Conda = condaExport is null ? null : CondaExport.Parse(condaExport),
    };

    // `dpkg-query -W` prints "name<TAB>version"; multi-arch names carry ":arch", which apt lists leave out.
    private static Dictionary<string, string> ParseDpkg(string text) =>
        Lines(text)
            .Select(line => line.Split('\t'))
            .Where(parts => parts.Length >= 2 && parts[1].Length > 0)
            .GroupBy(parts => parts[0].Split(':')[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First()[1], StringComparer.Ordinal);

    // `pip list --format freeze` prints "name==version"; anything else (editables, URLs, warnings) is skipped.
    private static Dictionary<string, string> ParsePipFreeze(string text) =>
        Lines(text)
            .Select(line => line.Split("==", 2))
            .Where(parts => parts.Length == 2 && parts[0].Length > 0 && !parts[0].StartsWith('-') && !parts[1].Contains(' ', StringComparison.Ordinal))
            .GroupBy(parts => parts[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First()[1], StringComparer.Ordinal);

    private static IEnumerable<string> Lines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'));
}
