using ContainerKit.Definitions;
using ContainerKit.Rendering;

namespace ContainerKit.Docker.Registry;

/// <summary>
/// Publishes an OCI image index over platform images already pushed to one repository, through the distribution API:
/// it reads each image's manifest descriptor (a HEAD request) and puts one <see cref="ImageIndexDocument"/> naming them
/// with their platforms. Nothing is pulled or rebuilt, and no CLI is needed.
/// </summary>
public sealed class ImageIndexPublisher(RegistryClient client)
{
    /// <summary>Puts <paramref name="index"/> over <paramref name="images"/>, tags of its own repository; returns the index's digest.</summary>
    /// <param name="index">The index's reference, e.g. <c>127.0.0.1:5000/lab/project:cpu-run-latest-root</c>.</param>
    /// <param name="images">Each platform's image tag with its architecture, e.g. <c>(arm64-cpu-run-latest-root, arm64)</c>.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <exception cref="Diagnostics.DiagnosticException">CK3141 naming the index, the registry and what failed.</exception>
    public async Task<string> PublishAsync(ImageReference index, IReadOnlyList<(string Tag, string Architecture)> images, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(images);
        var host = index.Registry ?? throw new ArgumentException("the index names no registry", nameof(index));
        try
        {
            var manifests = new List<PlatformManifest>();
            foreach (var (tag, architecture) in images)
            {
                var (mediaType, digest, size) = await client.ManifestDescriptorAsync(host, index.Path, tag, cancellationToken).ConfigureAwait(false);
                manifests.Add(new PlatformManifest(mediaType, digest, size, architecture));
            }
            return await client.PushManifestAsync(host, index.Path, index.Tag ?? ImageReference.DefaultTag, ImageIndexDocument.MediaType, ImageIndexDocument.Bytes(manifests), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is RegistryOperationException or HttpRequestException)
        {
            throw EngineDiagnostics.Exception(EngineDiagnostics.ImageIndexFailedId, index.ToString(), $"the image index {index} cannot be published to {host}: {e.Message}", index.ToString(),
                $"push every platform's images first (`./build.sh PushGeneric`), and log in to the registry (`docker login {host}`, or --registry-username/--registry-password)");
        }
    }
}
