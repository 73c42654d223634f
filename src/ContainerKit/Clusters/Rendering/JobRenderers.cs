using ContainerKit.Clusters.Planning;

namespace ContainerKit.Clusters.Rendering;

/// <summary>Every job renderer; RenderJobs writes what they all return for each job.</summary>
public static class JobRenderers
{
    /// <summary>The renderers, in the order their files are listed.</summary>
    public static IReadOnlyList<IJobRenderer> All { get; } =
    [
        new SlurmBatchRenderer(),
        new EdfRenderer(),
        new KubernetesJobRenderer(),
        new RunaiCommand(),
    ];

    /// <summary>The files of <paramref name="plan"/>, sorted by file name; two renderers writing one name is a bug.</summary>
    public static IReadOnlyList<JobFile> Render(JobPlan plan)
    {
        var files = All.SelectMany(r => r.Render(plan)).OrderBy(f => f.FileName, StringComparer.Ordinal).ToList();
        var clash = files.GroupBy(f => f.FileName, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return clash is null ? files : throw new InvalidOperationException($"two job renderers wrote {clash.Key}");
    }
}
