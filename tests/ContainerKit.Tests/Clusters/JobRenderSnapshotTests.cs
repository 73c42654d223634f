using ContainerKit.Clusters;
using ContainerKit.Clusters.Rendering;
using ContainerKit.Tests.Core;
using ContainerKit.Tests.Scripting;
using static ContainerKit.Tests.Clusters.ClusterCases;

namespace ContainerKit.Tests.Clusters;

/// <summary>
/// Snapshots of the rendered job files (RenderJobs' output) of the example's clusters and of edge cases, and
/// shellcheck (all severities) of every rendered shell file.
/// </summary>
public sealed class JobRenderSnapshotTests
{
    /// <summary>The example's clusters (build/Clusters/) and the test clusters, by name.</summary>
    internal static IReadOnlyList<ClusterDefinition> Clusters { get; } =
        [.. typeof(global::Clusters.LocalCluster).Assembly.GetTypes()
            .Where(t => t.Namespace == "Clusters" && typeof(ClusterDefinition).IsAssignableFrom(t) && !t.IsAbstract)
            .Select(t => (ClusterDefinition)Activator.CreateInstance(t)!),
         new PodmanGpuCluster()];

    public static TheoryData<string> Cases() => new(Clusters.Select(c => c.Name).Order(StringComparer.Ordinal));

    /// <summary>Every file of every job of <paramref name="cluster"/>, cuda jobs on the cuda entry.</summary>
    internal static IReadOnlyList<JobFile> Render(ClusterDefinition cluster) =>
        [.. cluster.Jobs.SelectMany(job => JobRenderers.Render(Plan(cluster, job, job.Resources.Over(cluster.Defaults).Gpus is > 0 || job.Image.Acceleration == "cuda" ? Cuda : Cpu)))];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rendered_job_files_match_their_snapshot(string cluster)
    {
        var files = Render(Clusters.Single(c => c.Name == cluster));

        SnapshotGuard.Match(new SortedDictionary<string, string[]>(
            files.ToDictionary(f => f.FileName + (f.Executable ? " (executable)" : ""), f => f.Text.Split('\n')), StringComparer.Ordinal),
            "JobRenderSnapshotTests." + cluster);
    }

    [Fact]
    public void The_example_renders_a_batch_script_for_each_job_of_the_local_cluster()
    {
        var local = Clusters.Single(c => c.Name == "local");

        Assert.Equal(local.Jobs.Select(j => j.Name + ".sbatch").Order(StringComparer.Ordinal), Render(local).Select(f => f.FileName).Order(StringComparer.Ordinal));
        Assert.Contains(local.Jobs, j => j is UnattendedJob);
        Assert.Contains(local.Jobs, j => j is DistributedJob);
        Assert.Contains(local.Jobs, j => j is RemoteDevelopmentJob);
    }

    [Fact]
    public void Rendering_twice_gives_the_same_bytes()
    {
        Assert.Equal(Clusters.SelectMany(Render), Clusters.SelectMany(Render));
    }

    [Fact]
    public async Task Every_rendered_shell_file_passes_shellcheck()
    {
        using var folder = new TempFolder();
        var scripts = Clusters
            .SelectMany(cluster => Render(cluster)
                .Where(f => f.FileName.EndsWith(".sbatch", StringComparison.Ordinal) || f.FileName.EndsWith(".sh", StringComparison.Ordinal))
                .Select(f => folder.Write($"{cluster.Name}/{f.FileName}", f.Text)))
            .Select(path => Path.GetRelativePath(folder.Path, path))
            .ToList();
        Assert.NotEmpty(scripts);

        var (exitCode, output) = await Shellcheck.RunAsync(folder.Path, "bash", scripts);

        Assert.True(exitCode == 0, $"shellcheck exited with {exitCode} on {scripts.Count} rendered job scripts:\n{output}");
    }
}
