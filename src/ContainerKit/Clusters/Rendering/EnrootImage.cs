using ContainerKit.Definitions;

namespace ContainerKit.Clusters.Rendering;

/// <summary>
/// Image references in the forms the HPC runtimes read: enroot's <c>[REGISTRY#]IMAGE[:TAG]</c> (pyxis'
/// <c>--container-image</c>, an EDF's <c>image</c>) and Apptainer's <c>docker://</c> URI; image files stay paths.
/// </summary>
public static class EnrootImage
{
    /// <summary>The enroot form of <paramref name="image"/>: <c>registry#path:tag</c> for a registry reference, the path for an image file.</summary>
    public static string Enroot(SlurmCluster cluster, string image)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        if (cluster.ImageSource is not RegistryImageSource) return image;
        var reference = ImageReference.Parse(image);
        var tail = reference.Path + (reference.Tag is null ? "" : ":" + reference.Tag) + (reference.Digest is null ? "" : "@" + reference.Digest);
        return reference.Registry is null ? tail : reference.Registry + "#" + tail;
    }

    /// <summary>Apptainer's form: <c>docker://registry/path:tag</c> for a registry reference, the path for a <c>.sif</c> file.</summary>
    public static string Apptainer(SlurmCluster cluster, string image)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        return cluster.ImageSource is RegistryImageSource ? "docker://" + image : image;
    }
}
