using ContainerKit.Scripting.Rewriting;

namespace ContainerKit.Scripting.Freezing;

/// <summary>
/// Freezes a template-style <c>requirements.txt</c> in place: each requirement line is pinned to the installed
/// version (comments, options and URL requirements kept), and the packages the install pulled in besides them
/// (installed now, absent or different before the install) are listed pinned in a section ContainerKit owns at
/// the end, so a rebuild installs exactly the same set.
/// </summary>
public static class RequirementsLock
{
    /// <summary>The first line of the section <see cref="Freeze"/> writes and replaces.</summary>
    public const string SectionMarker = "# --- pinned by ContainerKit FreezeEnv: installed as dependencies of the requirements above ---";

    /// <summary>The frozen text of <paramref name="text"/>.</summary>
    /// <param name="text">The current file.</param>
    /// <param name="installed">What is installed now (pip name to version).</param>
    /// <param name="before">What was installed before the requirements (the base image's packages).</param>
    /// <param name="excluded">Distributions never written (the project itself).</param>
    public static string Freeze(string text, IReadOnlyDictionary<string, string> installed, IReadOnlyDictionary<string, string> before, IEnumerable<string> excluded)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        var marker = lines.IndexOf(SectionMarker);
        if (marker >= 0)
        {
            lines.RemoveRange(marker, lines.Count - marker);
        }

        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        var declared = new HashSet<string>(StringComparer.Ordinal);
        var pinned = lines.Select(line => PinLine(line, installed, declared)).ToList();
        var skip = new HashSet<string>(declared.Concat(excluded.Select(PackagePin.Normalize)), StringComparer.Ordinal);
        var beforeVersions = before.ToDictionary(b => PackagePin.Normalize(b.Key), b => b.Value, StringComparer.Ordinal);
        var added = installed
            .Where(i => !skip.Contains(PackagePin.Normalize(i.Key)))
            .Where(i => !beforeVersions.TryGetValue(PackagePin.Normalize(i.Key), out var old) || old != i.Value)
            .OrderBy(i => PackagePin.Normalize(i.Key), StringComparer.Ordinal)
            .Select(i => $"{i.Key}=={i.Value}")
            .ToList();
        if (added.Count > 0)
        {
            pinned.Add(SectionMarker);
            pinned.AddRange(added);
        }

        return string.Concat(pinned.Select(l => l + "\n"));
    }

    private static string PinLine(string line, IReadOnlyDictionary<string, string> installed, HashSet<string> declared)
    {
        var trimmed = line.TrimStart();
        if (trimmed.Length == 0 || trimmed.StartsWith('#') || trimmed.StartsWith('-'))
        {
            return line;
        }

        // A trailing " # comment" stays where it was.
        var comment = line.IndexOf(" #", StringComparison.Ordinal);
        var requirement = comment >= 0 ? line[..comment] : line;
        if (PackagePin.RequirementName(requirement) is { } name)
        {
            declared.Add(PackagePin.Normalize(name));
        }

        var body = requirement.TrimEnd();
        var pin = PackagePin.Pin(body.Trim(), PinStyle.Pip, installed);
        return pin is null ? line : body[..^body.TrimStart().Length] + pin + line[body.Length..];
    }
}
