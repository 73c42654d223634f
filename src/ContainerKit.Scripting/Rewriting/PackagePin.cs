using System.Text.RegularExpressions;

namespace ContainerKit.Scripting.Rewriting;

/// <summary>Computes the pinned spelling of one package entry; <c>null</c> when the entry is left alone.</summary>
internal static partial class PackagePin
{
    private static readonly char[] AptOperators = ['='];
    private static readonly char[] CondaOperators = ['=', '<', '>', '!', '~', ' '];

    public static string? Pin(string entry, PinStyle style, IReadOnlyDictionary<string, string> versions) => style switch
    {
        PinStyle.Apt => PinNameEqualsVersion(entry, AptOperators, versions),
        PinStyle.Conda => PinNameEqualsVersion(entry, CondaOperators, versions),
        _ => PinPip(entry, versions),
    };

    /// <summary>The distribution name of a PEP 508 requirement line, URL requirements included; null for unparsable text.</summary>
    public static string? RequirementName(string entry) =>
        Requirement().Match(entry) is { Success: true } match ? match.Groups["name"].Value : null;

    /// <summary>The distribution name of a requirement that can be pinned; null for URL requirements and unparsable text.</summary>
    public static string? PipName(string entry) =>
        entry.Contains('@', StringComparison.Ordinal) ? null : RequirementName(entry);

    /// <summary>The package name of a conda match spec (<c>numpy</c> in <c>numpy&gt;=1.26</c>).</summary>
    public static string CondaName(string spec) => NameBefore(spec, CondaOperators);

    /// <summary>The PEP 503 normalized form of a Python distribution name.</summary>
    public static string Normalize(string name) => NameSeparators().Replace(name, "-").ToLowerInvariant();

    // apt "name[=version]" and conda "name[=version|>=version...]": the name ends at the first operator.
    private static string? PinNameEqualsVersion(string entry, char[] operators, IReadOnlyDictionary<string, string> versions)
    {
        var name = NameBefore(entry, operators);
        return versions.TryGetValue(name, out var version) ? $"{name}={version}" : null;
    }

    private static string NameBefore(string entry, char[] operators) => entry.Split(operators, 2)[0].Trim();

    private static string? PinPip(string entry, IReadOnlyDictionary<string, string> versions)
    {
        if (PipName(entry) is not { } name)
        {
            return null; // URL requirements and unparsable text are not ours to pin
        }

        var version = versions.FirstOrDefault(v => Normalize(v.Key) == Normalize(name)).Value;
        if (version is null)
        {
            return null;
        }

        var match = Requirement().Match(entry);
        var marker = match.Groups["marker"].Success ? "; " + match.Groups["marker"].Value.Trim() : "";
        return $"{name}{match.Groups["extras"].Value}=={version}{marker}";
    }

    [GeneratedRegex(@"^\s*(?<name>[A-Za-z0-9][A-Za-z0-9._-]*)\s*(?<extras>\[[^\]]*\])?\s*[^;]*?(;(?<marker>.*))?$")]
    private static partial Regex Requirement();

    [GeneratedRegex("[-_.]+")]
    private static partial Regex NameSeparators();
}
