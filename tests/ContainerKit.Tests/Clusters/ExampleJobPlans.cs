using ContainerKit.Clusters;
using ContainerKit.Clusters.Planning;
using ContainerKit.Definitions;
using ContainerKit.Rendering;
using Environments;

namespace ContainerKit.Tests.Clusters;

/// <summary>
/// The jobs of the example clusters of build/Clusters/ planned as RenderJobs plans them: against the rendered
/// entries of the example environments (their render.json: environment, entry, project root, image tags) with the
/// generic <c>latest</c> images, in each cluster's project folder.
/// </summary>
internal static class ExampleJobPlans
{
    /// <summary>The example clusters whose routes cannot run here (the local Slurm cluster is tested on the real one).</summary>
    public static IReadOnlyList<ClusterDefinition> Clusters { get; } =
    [
        new global::Clusters.PyxisCluster(), new global::Clusters.EdfCluster(), new global::Clusters.ApptainerCluster(),
        new global::Clusters.GpuKubernetesCluster(), new global::Clusters.LabRunaiCluster(),
    ];

    private static readonly IReadOnlyList<EnvironmentDefinition> Environments = [new ResearchEnvironment(), new CondaResearchEnvironment()];

    private static readonly IReadOnlyList<RenderedEntry> Entries = RenderPipeline.Plan(Environments, RenderSelection.All, _ => null).Entries;

    /// <summary>The cluster named <paramref name="name"/>.</summary>
    public static ClusterDefinition Cluster(string name) => Clusters.Single(c => c.Name == name);

    /// <summary>The plans of every job of <paramref name="cluster"/>, in declaration order.</summary>
    public static IReadOnlyList<JobPlan> Plans(ClusterDefinition cluster) => [.. cluster.Jobs.Select(job => Plan(cluster, job))];

    /// <summary>The plan of <paramref name="job"/> on <paramref name="cluster"/> (CK12xx diagnostics thrown as the planner throws them).</summary>
    public static JobPlan Plan(ClusterDefinition cluster, Job job)
    {
        var entry = Entries.Single(e =>
            (job.Image.Environment is null || e.Manifest.Environment == job.Image.Environment || Environments.Any(d => d.Name == e.Manifest.Environment && d.GetType().Name == job.Image.Environment))
            && (job.Image.Platform is null || e.Manifest.Platform == job.Image.Platform)
            && (job.Image.Acceleration is null || e.Manifest.Acceleration == job.Image.Acceleration));
        var project = Environments.Single(d => d.Name == entry.Manifest.Environment).Project;
        var role = job.UsesDevelopmentImage ? ImageRoles.Dev : ImageRoles.Run;
        var image = ImageTagTemplate.Expand(entry.Manifest.Image(role).TagTemplates[0], "latest", null);
        var jobEntry = new JobEntry(entry.Manifest.Environment, entry.Manifest.Entry, entry.Manifest.Acceleration,
            entry.Manifest.Acceleration != "cpu", project.Name, project.Package, entry.Manifest.ProjectRootAt, image);
        return JobPlanner.Plan(cluster, job, jobEntry, new JobPlanOptions(cluster.ProjectFolder ?? "/work/research-project"));
    }
}
