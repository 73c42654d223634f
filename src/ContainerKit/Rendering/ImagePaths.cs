namespace ContainerKit.Rendering;

/// <summary>Fixed paths ContainerKit uses inside the images and inside an entry folder.</summary>
public static class ImagePaths
{
    /// <summary>ContainerKit's own folder in the image.</summary>
    public const string Root = "/opt/containerkit";

    /// <summary>Python environment snapshots (before/after the install) in the image.</summary>
    public const string Snapshots = Root + "/snapshots";

    /// <summary>Dependency files copied into the image.</summary>
    public const string Dependencies = Root + "/dependencies";

    /// <summary>The dependencies folder of an entry folder (build context).</summary>
    public const string DependenciesFolder = "dependencies";

    /// <summary>The generic Dockerfile's name.</summary>
    public const string GenericDockerfile = "Dockerfile";

    /// <summary>The user layer's Dockerfile name.</summary>
    public const string UserDockerfile = "Dockerfile.user";
}
