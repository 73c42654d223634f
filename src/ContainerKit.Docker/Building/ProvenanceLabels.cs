using ContainerKit.Docker.Engine;
using ContainerKit.Rendering;
using ContainerKit.Sbom;

namespace ContainerKit.Docker.Building;

/// <summary>
/// The provenance labels a build gives an image, besides the render hash (<see cref="RenderManifest.ContentHashLabel"/>,
/// the definition's content hash) and <see cref="Revision"/> (set through the <c>REVISION</c> build argument of the
/// rendered Dockerfile): the base image's name and digest and the ContainerKit version. None of them changes with the
/// commit, so an unchanged image keeps its id when rebuilt at a later revision.
/// </summary>
public static class ProvenanceLabels
{
    /// <summary>The revision at which the image's content was first built (OCI).</summary>
    public const string Revision = "org.opencontainers.image.revision";

    /// <summary>The base image as the Dockerfile names it (OCI).</summary>
    public const string BaseName = "org.opencontainers.image.base.name";

    /// <summary>The base image's registry (manifest) digest, when the image store knows one (OCI).</summary>
    public const string BaseDigest = "org.opencontainers.image.base.digest";

    /// <summary>The base image's local image id (its config digest), when the base is in the local image store.</summary>
    public const string BaseImageId = "dev.containerkit.base.image-id";

    /// <summary>The ContainerKit version that built the image.</summary>
    public const string Version = "dev.containerkit.version";

    /// <summary>
    /// The labels of an image whose content hash is <paramref name="contentHash"/>, built on <paramref name="baseName"/>
    /// (null: none, e.g. <c>scratch</c>): <paramref name="digest"/> is the base's registry digest (the engine's
    /// <see cref="IContainerEngine.ResolveDigestAsync"/>: the repo digest of its repository, else what its registry serves);
    /// a base known only locally (imported, or built here) has none and gets only <see cref="BaseImageId"/>.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Of(string contentHash, string? baseName, LocalImage? baseImage, string? digest)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [RenderManifest.ContentHashLabel] = contentHash,
            [Version] = ContainerKitVersion.Current,
        };
        if (baseName is null) return labels;
        labels[BaseName] = baseName;
        if (digest is not null) labels[BaseDigest] = digest;
        if (baseImage is not null) labels[BaseImageId] = baseImage.Id;
        return labels;
    }
}
