using ContainerKit.Docker.Engine;
using ContainerKit.Sbom;

namespace ContainerKit.Docker.Sbom;

/// <summary>Writes the CycloneDX SBOM of a local image: its packages read from the image, the image and its labels as the subject.</summary>
public static class ImageSbom
{
    /// <summary>
    /// The SBOM text of <paramref name="image"/>. Its <c>metadata.timestamp</c> is the image's creation time (part of the
    /// image's config), not the clock, so the document is a function of the image: the same image gives the same bytes.
    /// A missing image is CK3010 naming it and <paramref name="buildTarget"/>.
    /// </summary>
    public static async Task<string> CreateAsync(IContainerEngine engine, string image, string buildTarget, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var local = await engine.InspectImageAsync(image, cancellationToken).ConfigureAwait(false)
            ?? throw EngineDiagnostics.Exception(EngineDiagnostics.ImageMissingId, image, $"cannot describe {image}: there is no local image with that tag", image,
                $"build it first with `./build.sh {buildTarget}` (or pick its revision with --revision)");
        // Read through the id, so a tag moved meanwhile cannot mix two images in one document.
        var inventory = await engine.ReadInventoryAsync(local.Id, cancellationToken).ConfigureAwait(false);
        return CycloneDxDocument.Write(new SbomSubject(image, local.Id, local.Labels), inventory.Packages(), ContainerKitVersion.Current, local.Created);
    }
}
