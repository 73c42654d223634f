using ContainerKit.Model;

namespace ContainerKit.Targets.Matrix;

/// <summary>
/// The entries a one-entry target (Run, Dev, EmptyInteractive, Submit) acts on: when the selection spans several
/// platforms and <c>--platform</c> was not given, only those of the machine's own platform, as <c>docker run</c>
/// picks the daemon's platform of a multi-platform image.
/// </summary>
public static class NativePlatformSelection
{
    /// <summary>
    /// <paramref name="entries"/> narrowed to <paramref name="native"/> when they span several platforms, none was
    /// asked for and some are native; <c>Note</c> then says what was picked, for stderr. Otherwise the entries as they are.
    /// </summary>
    /// <param name="entries">The selected entries.</param>
    /// <param name="platformOf">An entry's platform, lower case (e.g. <c>arm64</c>).</param>
    /// <param name="platformGiven">True when <c>--platform</c> was given: the selection is then the user's.</param>
    /// <param name="native">This machine's platform.</param>
    public static (IReadOnlyList<T> Entries, string? Note) Narrow<T>(IReadOnlyList<T> entries, Func<T, string> platformOf, bool platformGiven, Platform? native)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(platformOf);
        var platforms = entries.Select(platformOf).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (platformGiven || platforms.Count < 2 || native is null) return (entries, null);
        var name = native.Value.ToString().ToLowerInvariant();
        var mine = entries.Where(e => platformOf(e) == name).ToList();
        if (mine.Count == 0) return (entries, null);
        var others = string.Join(", ", platforms.Where(p => p != name).Select(p => "--platform " + p));
        return (mine, $"the selection has entries for {string.Join(" and ", platforms.Select(p => "linux/" + p))}; "
            + $"using this machine's platform linux/{name} ({others} picks another)");
    }
}
