namespace ContainerKit.Clusters;

/// <summary>
/// Where a Slurm job's runtime gets the image: the node's local Docker daemon, a registry (pyxis and Apptainer
/// pull it as <c>docker://</c>), or an image file the user provides (<c>.sqsh</c> for pyxis, <c>.sif</c> for
/// Apptainer). Converting images into such files is not ContainerKit's job.
/// </summary>
public abstract record SlurmImageSource
{
    private protected SlurmImageSource()
    {
    }

    /// <summary>The image as tagged in the node's Docker daemon (the Docker runtime on a single machine).</summary>
    public static SlurmImageSource LocalDaemon { get; } = new LocalDaemonImageSource();

    /// <summary>The image pushed to <paramref name="registry"/> (<c>host[:port][/namespace]</c>), e.g. <c>127.0.0.1:5000</c>.</summary>
    public static SlurmImageSource Registry(string registry) => new RegistryImageSource(registry);

    /// <summary>An image file on the cluster's file system (<c>.sqsh</c> or <c>.sif</c>), absolute or relative to the project.</summary>
    public static SlurmImageSource File(string path) => new ImageFileSource(path);
}
