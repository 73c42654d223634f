using System.Text.RegularExpressions;

namespace ContainerKit.Rendering;

/// <summary>
/// Which of a project's local tags <c>Clean</c> removes. Only tags that the entries' tag templates
/// (<c>render.json</c>) produce are considered, so other images are never touched: <c>-dirty</c>
/// revisions, debug-stage tags (<c>-run-debug-&lt;stage&gt;-root</c>) and git-sha revisions other than the
/// newest <c>keep</c> (ordered by the newest image created for each revision). <c>latest</c> is always kept.
/// </summary>
public static partial class TagCleanup
{
    /// <summary>The stale tags among <paramref name="tags"/> for the images of <paramref name="manifests"/>, sorted by reference.</summary>
    public static IReadOnlyList<StaleTag> Plan(IEnumerable<RenderManifest> manifests, IEnumerable<LocalTag> tags, int keep)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(keep);
        var patterns = manifests.SelectMany(m => m.Images).SelectMany(i => i.TagTemplates).Distinct().Select(Pattern).ToList();
        var matched = tags
            .Select(t => (Tag: t, Revision: patterns.Select(p => p.Match(t.Reference)).FirstOrDefault(m => m.Success)?.Groups["revision"].Value))
            .Where(t => t.Revision is not null)
            .ToList();
        var stale = new List<StaleTag>();
        stale.AddRange(matched.Where(t => t.Revision!.EndsWith("-dirty", StringComparison.Ordinal)).Select(t => new StaleTag(t.Tag.Reference, "dirty")));
        stale.AddRange(matched.Where(t => t.Revision!.StartsWith("debug-", StringComparison.Ordinal)).Select(t => new StaleTag(t.Tag.Reference, "debug stage")));
        var shas = matched.Where(t => ShaRevision().IsMatch(t.Revision!)).ToList();
        var kept = shas.GroupBy(t => t.Revision!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Max(t => t.Tag.Created))
            .ThenByDescending(g => g.Key, StringComparer.Ordinal)
            .Take(keep)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
        stale.AddRange(shas.Where(t => !kept.Contains(t.Revision!)).Select(t => new StaleTag(t.Tag.Reference, "old revision")));
        return stale.DistinctBy(s => s.Reference).OrderBy(s => s.Reference, StringComparer.Ordinal).ToList();
    }

    /// <summary>The template as a pattern: <c>{revision}</c> captured, <c>{user}</c> any user name.</summary>
    private static Regex Pattern(string template) =>
        new("^" + Regex.Escape(template)
            .Replace(Regex.Escape(ImageTagTemplate.Revision), "(?<revision>latest|[0-9a-f]{7,40}(?:-dirty)?|debug-[A-Za-z0-9._-]+)", StringComparison.Ordinal)
            .Replace(Regex.Escape(ImageTagTemplate.User), "[A-Za-z0-9_][A-Za-z0-9_.-]*", StringComparison.Ordinal) + "$",
            RegexOptions.CultureInvariant);

    [GeneratedRegex("^[0-9a-f]{7,40}$")]
    private static partial Regex ShaRevision();
}
