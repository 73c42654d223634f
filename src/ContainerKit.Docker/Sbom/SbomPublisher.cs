using ContainerKit.Definitions;
using ContainerKit.Docker.Registry;
using ContainerKit.Sbom;

namespace ContainerKit.Docker.Sbom;

/// <summary>Pushes SBOMs beside their images as OCI artifacts under the sidecar tag (<see cref="SbomArtifact"/>).</summary>
public sealed class SbomPublisher(RegistryClient client)
{
    /// <summary>
    /// Pushes <paramref name="document"/>, the SBOM of image <paramref name="imageId"/> pushed as <paramref name="remoteImage"/>,
    /// under the sidecar tag of that reference; returns the sidecar's reference. A registry error is CK3161.
    /// </summary>
    public async Task<string> PushAsync(ImageReference remoteImage, string imageId, string document, string fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(remoteImage);
        var host = remoteImage.Registry ?? throw new ArgumentException("the reference names no registry", nameof(remoteImage));
        var repository = remoteImage.Path;
        var sidecar = new ImageReference(host, repository, SbomArtifact.TagOf(remoteImage.Tag ?? ImageReference.DefaultTag), null);
        try
        {
            var bytes = SbomArtifact.Bytes(document);
            var config = await client.PushBlobAsync(host, repository, SbomArtifact.EmptyConfig, cancellationToken).ConfigureAwait(false);
            var layer = await client.PushBlobAsync(host, repository, bytes, cancellationToken).ConfigureAwait(false);
            var manifest = SbomArtifact.Manifest(config, layer, bytes.Length, fileName, remoteImage.ToString(), imageId);
            await client.PushManifestAsync(host, repository, sidecar.Tag!, SbomArtifact.ManifestMediaType, manifest, cancellationToken).ConfigureAwait(false);
            return sidecar.ToString();
        }
        catch (Exception e) when (e is RegistryOperationException or HttpRequestException)
        {
            throw EngineDiagnostics.Exception(EngineDiagnostics.SbomPushFailedId, sidecar.ToString(), $"cannot push the SBOM of {remoteImage} to registry {host}: {e.Message}", sidecar.ToString(),
                $"check that the registry is reachable, accepts OCI artifacts and that you may push to it (`docker login {host}` or --registry-username/--registry-password)");
        }
    }
}
