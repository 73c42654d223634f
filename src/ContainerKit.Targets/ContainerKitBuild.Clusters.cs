using ContainerKit.Clusters;
using ContainerKit.Diagnostics;
using ContainerKit.Scripting.Scripts;
using ContainerKit.Targets.Host;

namespace ContainerKit.Targets;

/// <summary>Where the cluster and job definitions come from (issue 14): the classes of <c>build/Clusters/</c>.</summary>
public abstract partial class ContainerKitBuild
{
    /// <summary>Where cluster definition classes live, relative to the root directory: compiled at run time, not by MSBuild.</summary>
    public const string ClustersFolder = "build/Clusters";

    /// <summary>The cluster to act on (RenderJobs: default all).</summary>
    [Parameter("Cluster to submit to / list / cancel on (a cluster of build/Clusters/); RenderJobs: default all")]
    public string? Cluster { get; set; }

    /// <summary>The job of the cluster to submit; default its unattended job.</summary>
    [Parameter("Submit: the cluster's job to submit; default its unattended job, running --command")]
    public string? Job { get; set; }

    /// <summary>
    /// Folders (relative to the root directory) whose <c>*.cs</c> files are cluster definitions compiled at run time;
    /// by convention <see cref="ClustersFolder"/>. Left out of the build project's compilation and of <c>build.sh</c>'s stamp.
    /// </summary>
    protected virtual IReadOnlyList<string> ClusterFolders => [ClustersFolder];

    /// <summary>
    /// Every cluster definition: the concrete <see cref="ClusterDefinition"/> classes of <see cref="ClusterFolders"/>
    /// (compiled in process, cached by content hash under <c>.nuke/temp/definitions</c>), ordered by name.
    /// </summary>
    /// <exception cref="DiagnosticException">A compile error (CK1101) or two clusters of one name (CK1207).</exception>
    protected virtual IReadOnlyList<ClusterDefinition> LoadClusters()
    {
        var loader = new ClassDefinitionLoader<ClusterDefinition>(new ScriptLoaderOptions(Path.Combine(RootDirectory, ".nuke", "temp", "definitions")));
        var clusters = loader.Load(ClusterFolders.Select(f => Path.GetFullPath(f, RootDirectory))).OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
        var duplicates = clusters.GroupBy(c => c.Name, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => ClusterRules.DuplicateName.At(string.Join(", ", g.Select(c => c.GetType().Name)), "two clusters have the same name", g.Key))
            .ToList();
        if (duplicates.Count > 0) throw new DiagnosticException(duplicates);
        return clusters;
    }

    /// <summary>The cluster named <paramref name="name"/>, or CK1200 naming the known ones.</summary>
    protected static ClusterDefinition FindCluster(IReadOnlyList<ClusterDefinition> clusters, string name) =>
        clusters.FirstOrDefault(c => c.Name == name)
        ?? throw new DiagnosticException(ClusterRules.UnknownCluster.At("--cluster",
            $"no cluster is named '{name}' (clusters: {Known(clusters.Select(c => c.Name))}).{DidYouMean.Suffix(name, clusters.Select(c => c.Name))}", name));

    /// <summary>The job named <paramref name="name"/> of <paramref name="cluster"/>, or its first unattended job when null; else CK1201.</summary>
    protected static Job FindJob(ClusterDefinition cluster, string? name)
    {
        var jobs = cluster.Jobs;
        if (name is null)
        {
            return jobs.OfType<UnattendedJob>().FirstOrDefault()
                ?? throw new DiagnosticException(ClusterRules.UnknownJob.At("--job",
                    $"cluster '{cluster.Name}' has no unattended job to run --command with (jobs: {Known(jobs.Select(j => j.Name))})", null));
        }
        return jobs.FirstOrDefault(j => j.Name == name)
            ?? throw new DiagnosticException(ClusterRules.UnknownJob.At("--job",
                $"cluster '{cluster.Name}' has no job '{name}' (jobs: {Known(jobs.Select(j => j.Name))}).{DidYouMean.Suffix(name, jobs.Select(j => j.Name))}", name));
    }

    private static string Known(IEnumerable<string> names)
    {
        var list = string.Join(", ", names);
        return list.Length == 0 ? "none" : list;
    }
}
