namespace ContainerKit.Scripting.Freezing;

/// <summary>
/// Merges the versions several matrix entries report for one shared list: a name is pinned only when every
/// entry that has it installed agrees, because the pin applies to all of them.
/// </summary>
internal static class VersionAgreement
{
    /// <summary>The agreed versions of <paramref name="names"/> and one message per name the entries disagree on.</summary>
    public static (Dictionary<string, string> Agreed, List<string> Conflicts) Merge(
        IReadOnlyList<(string Entry, IReadOnlyDictionary<string, string> Versions)> entries, IEnumerable<string> names, string what)
    {
        var agreed = new Dictionary<string, string>(StringComparer.Ordinal);
        var conflicts = new List<string>();
        foreach (var name in names.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var found = entries.Where(e => e.Versions.ContainsKey(name)).Select(e => (e.Entry, Version: e.Versions[name])).ToList();
            var versions = found.Select(f => f.Version).Distinct(StringComparer.Ordinal).ToList();
            if (versions.Count == 1)
            {
                agreed[name] = versions[0];
            }
            else if (versions.Count > 1)
            {
                conflicts.Add($"{what} {name} differs between entries ({string.Join(", ", found.Select(f => $"{f.Entry}: {f.Version}"))}); left unpinned, pin it in the entry-specific member");
            }
        }

        return (agreed, conflicts);
    }
}
