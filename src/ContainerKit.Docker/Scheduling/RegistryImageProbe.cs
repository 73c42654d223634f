using System.Net;
using ContainerKit.Definitions;
using ContainerKit.Docker.Registry;

namespace ContainerKit.Docker.Scheduling;

/// <summary>
/// Asks a registry whether it has an image (<c>HEAD /v2/&lt;repository&gt;/manifests/&lt;tag&gt;</c>): plain HTTP for
/// loopback registries, HTTPS otherwise. A registry that wants credentials cannot be asked anonymously: the answer is then unknown.
/// </summary>
public static class RegistryImageProbe
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };

    private static readonly string[] ManifestTypes =
    [
        "application/vnd.oci.image.index.v1+json", "application/vnd.oci.image.manifest.v1+json",
        "application/vnd.docker.distribution.manifest.list.v2+json", "application/vnd.docker.distribution.manifest.v2+json",
    ];

    /// <summary>True when the registry has <paramref name="reference"/>, false when it answers that it has not, null when it cannot tell (unreachable, credentials needed).</summary>
    public static async Task<bool?> ExistsAsync(string reference, CancellationToken cancellationToken)
    {
        var image = ImageReference.TryParse(reference);
        if (image?.Registry is not { } registry) return null;
        var scheme = RegistryHost.IsLoopback(registry) ? "http" : "https";
        using var request = new HttpRequestMessage(HttpMethod.Head, $"{scheme}://{registry}/v2/{image.Path}/manifests/{image.Digest ?? image.Tag ?? "latest"}");
        foreach (var type in ManifestTypes) request.Headers.Accept.ParseAdd(type);
        try
        {
            using var response = await Http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            return response.StatusCode switch
            {
                HttpStatusCode.OK => true,
                HttpStatusCode.NotFound => false,
                _ => null,
            };
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }
}
