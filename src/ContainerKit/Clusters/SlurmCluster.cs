namespace ContainerKit.Clusters;

/// <summary>
/// A Slurm cluster: where jobs are queued (partition, account, QoS), the resources a job gets by default, the
/// container runtime the batch scripts use and where that runtime gets the image.
/// </summary>
public abstract class SlurmCluster : ClusterDefinition
{
    /// <summary>The partition (<c>--partition</c>), or null for the cluster's default.</summary>
    public virtual string? Partition => null;

    /// <summary>The account charged (<c>--account</c>), or null.</summary>
    public virtual string? Account => null;

    /// <summary>The quality of service (<c>--qos</c>), or null.</summary>
    public virtual string? Qos => null;

    /// <summary>How the batch script starts the container.</summary>
    public abstract SlurmContainerRuntime Runtime { get; }

    /// <summary>Where the runtime gets the image; by default the local daemon for Docker and a registry reference otherwise (which then must be overridden with <see cref="SlurmImageSource.Registry"/>).</summary>
    public virtual SlurmImageSource ImageSource => SlurmImageSource.LocalDaemon;

    /// <summary>Write an enroot environment definition file for each job and point the batch script at it; null (default) for none.</summary>
    public virtual EdfOptions? Edf => null;
}
