using ContainerKit.Rendering;
using ContainerKit.Targets.Host;

namespace ContainerKit.Targets;

/// <summary>Disk hygiene: the Clean target (issue 12).</summary>
public abstract partial class ContainerKitBuild
{
    /// <summary>How many git-sha revisions of each image Clean keeps.</summary>
    [Parameter("Clean: how many git-sha revisions of each image to keep (newest first); default 3")]
    public int KeepRevisions { get; set; } = 3;

    /// <summary>
    /// Removes this project's stale local tags: <c>-dirty</c> revisions, debug-stage tags and git-sha revisions
    /// other than the newest <see cref="KeepRevisions"/>. Only tags the selected entries' tag templates produce are
    /// touched. The BuildKit cache is left alone: the rendered cache mounts carry no id of their own, and with the
    /// 20.10 API neither they nor layer cache records can be told apart from other projects' cache.
    /// </summary>
    public Target Clean => _ => _
        .Description("Remove this project's old image tags: -dirty, debug-stage and git-sha revisions but the newest --keep-revisions (latest stays)")
        .DependsOn(Render)
        .Executes(ct => UseEngineAsync(async engine =>
        {
            var manifests = RenderedEntries().Select(f => f.Manifest).ToList();
            var tags = new List<LocalTag>();
            foreach (var repository in manifests.SelectMany(m => m.Images).SelectMany(i => i.TagTemplates).Select(Repository).Distinct(StringComparer.Ordinal))
            {
                tags.AddRange(await engine.ListTagsAsync(repository, ct));
            }

            var stale = TagCleanup.Plan(manifests, tags, KeepRevisions);
            foreach (var tag in stale)
            {
                await engine.RemoveTagAsync(tag.Reference, ct);
                Output.WriteLine($"removed {tag.Reference} ({tag.Reason})");
            }

            Output.WriteLine($"clean: removed {stale.Count} tag(s), kept {tags.Count - stale.Count}");
        }, ct));

    /// <summary>The repository part of a tag template (everything before the tag's colon).</summary>
    private static string Repository(string template) => template[..template.LastIndexOf(':')];
}
