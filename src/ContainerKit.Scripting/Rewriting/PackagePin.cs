using System.Text.RegularExpressions;

namespace ContainerKit.Scripting.Rewriting;

/// <summary>Computes the pinned spelling of one package entry; <c>null</c> when the entry is left alone.</summary>
internal static partial class PackagePin
{
    public static string? Pin(string entry, PinStyle style, IReadOnlyDictionary<string, string> versions) =>
        style == PinStyle.Apt ? PinApt(entry, versions) : PinPip(entry, versions);

    private static string? PinApt(string entry, IReadOnlyDictionary<string, string> versions)
    {
        var name = entry.Split('=', 2)[0].Trim();
        return versions.TryGetValue(name, out var version) ? $"{name}={version}" : null;
    }

    private static string? PinPip(string entry, IReadOnlyDictionary<string, string> versions)
    {
        var match = Requirement().Match(entry);
        if (!match.Success || entry.Contains('@', StringComparison.Ordinal))
        {
            return null; // URL requirements and unparsable text are not ours to pin
        }

        var name = match.Groups["name"].Value;
        var version = versions.FirstOrDefault(v => Normalize(v.Key) == Normalize(name)).Value;
        if (version is null)
        {
            return null;
        }

        var marker = match.Groups["marker"].Success ? "; " + match.Groups["marker"].Value.Trim() : "";
        return $"{name}{match.Groups["extras"].Value}=={version}{marker}";
    }

    // PEP 503 name normalization.
    private static string Normalize(string name) => NameSeparators().Replace(name, "-").ToLowerInvariant();

    [GeneratedRegex(@"^\s*(?<name>[A-Za-z0-9][A-Za-z0-9._-]*)\s*(?<extras>\[[^\]]*\])?\s*[^;]*?(;(?<marker>.*))?$")]
    private static partial Regex Requirement();

    [GeneratedRegex("[-_.]+")]
    private static partial Regex NameSeparators();
}
