using ContainerKit.Clusters.Planning;

namespace ContainerKit.Clusters.Rendering;

/// <summary>The labels every rendered Kubernetes Job and its pods carry, and the selector <c>Jobs</c> lists this project's jobs by.</summary>
public static class KubernetesLabels
{
    /// <summary>The label naming the tool that made the Job.</summary>
    public const string ManagedBy = "app.kubernetes.io/managed-by";

    /// <summary>The label naming the project.</summary>
    public const string PartOf = "app.kubernetes.io/part-of";

    /// <summary>The label naming the job of the cluster.</summary>
    public const string Job = "containerkit/job";

    /// <summary>The value of <see cref="ManagedBy"/>.</summary>
    public const string Tool = "containerkit";

    /// <summary>The labels of <paramref name="plan"/>'s Job, sorted by key: the three above and the cluster's project label.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> For(JobPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var labels = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            [ManagedBy] = Tool,
            [PartOf] = plan.Entry.ProjectName,
            [Job] = plan.Job.Name,
        };
        if (plan.Cluster is KubernetesCluster { ProjectLabel: { } project }) labels[project.Key] = project.Value;
        return [.. labels];
    }

    /// <summary>The label selector of the project's Jobs: <c>app.kubernetes.io/managed-by=containerkit,app.kubernetes.io/part-of=&lt;project&gt;</c>.</summary>
    public static string Selector(string projectName) => $"{ManagedBy}={Tool},{PartOf}={projectName}";
}
