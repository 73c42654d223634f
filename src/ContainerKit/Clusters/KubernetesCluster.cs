namespace ContainerKit.Clusters;

/// <summary>
/// A Kubernetes cluster: jobs become <c>batch/v1</c> Jobs in <see cref="Namespace"/>, scheduled by
/// <see cref="SchedulerName"/>, pulling the image from a registry with <see cref="ImagePullSecret"/>.
/// </summary>
public abstract class KubernetesCluster : ClusterDefinition
{
    /// <summary>The namespace the jobs are created in.</summary>
    public abstract string Namespace { get; }

    /// <summary>The registry the images are pushed to and pulled from (<c>host[:port][/namespace]</c>).</summary>
    public abstract string Registry { get; }

    /// <summary>The pod's <c>schedulerName</c>, or null for the default scheduler.</summary>
    public virtual string? SchedulerName => null;

    /// <summary>A label put on every job and pod, e.g. a project or queue label (<c>key</c>, <c>value</c>), or null.</summary>
    public virtual KeyValuePair<string, string>? ProjectLabel => null;

    /// <summary>The name of the <c>kubernetes.io/dockerconfigjson</c> secret used to pull the image, or null.</summary>
    public virtual string? ImagePullSecret => null;

    /// <summary>Persistent volume claims mounted into every job's container.</summary>
    public virtual IReadOnlyList<PersistentVolumeClaimMount> PvcMounts => [];

    /// <summary>The pod's node selector; written sorted by key.</summary>
    public virtual IReadOnlyDictionary<string, string> NodeSelector => new Dictionary<string, string>();

    /// <summary>The pod's tolerations.</summary>
    public virtual IReadOnlyList<Toleration> Tolerations => [];

    /// <summary>The extended resource GPUs are requested as.</summary>
    public virtual string GpuResourceName => "nvidia.com/gpu";

    /// <summary>Size of the in-memory <c>emptyDir</c> mounted at <c>/dev/shm</c> (as <c>runai --large-shm</c>), or null for none.</summary>
    public virtual MemorySize? SharedMemorySize => null;
}
