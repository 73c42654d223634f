using ContainerKit.Definitions;

namespace ContainerKit.Clusters;

/// <summary>
/// A cluster the project's images run on, declared as a class in <c>build/Clusters/</c> (compiled in process
/// like the environment definitions). Derive from <see cref="SlurmCluster"/>, <see cref="KubernetesCluster"/>
/// or <see cref="RunaiCluster"/>; list the cluster's jobs in <see cref="Jobs"/>.
/// </summary>
public abstract class ClusterDefinition
{
    /// <summary>The cluster's name (<c>--cluster</c>, <c>artifacts/jobs/&lt;name&gt;/</c>); by default the class name in kebab case without a <c>Cluster</c> suffix (<c>LocalCluster</c> → <c>local</c>).</summary>
    public virtual string Name => Naming.KebabCase(GetType().Name, "Cluster");

    /// <summary>The jobs of this cluster. <c>Submit</c> without <c>--job</c> runs the first <see cref="UnattendedJob"/> with <c>--command</c>.</summary>
    public virtual IReadOnlyList<Job> Jobs => [];

    /// <summary>The project's folder on the cluster (bind-mounted as the jobs' working directory); null for this checkout's folder (a cluster on this machine or a shared file system).</summary>
    public virtual string? ProjectFolder => null;

    /// <summary>Resources a job gets for what it does not set itself.</summary>
    public virtual JobResources Defaults => JobResources.None;
}
