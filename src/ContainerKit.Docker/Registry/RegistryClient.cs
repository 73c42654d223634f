using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ContainerKit.Docker.Registry;

/// <summary>
/// The few calls of the OCI distribution API that the daemon cannot make for ContainerKit: pushing a small artifact (a
/// monolithic blob upload and a manifest put: an SBOM beside an image), and reading a manifest's descriptor (an image index). A loopback registry is spoken to
/// over plain HTTP, as the daemon does by default; others over HTTPS. A 401 is answered once with the challenge's
/// scheme: Basic with the credentials, or a Bearer token from the challenge's realm (anonymous when there are none).
/// </summary>
public sealed class RegistryClient(HttpClient http, RegistryCredentials? credentials)
{
    private readonly Dictionary<string, AuthenticationHeaderValue> _authorizations = new(StringComparer.Ordinal);

    /// <summary>The base URL of <paramref name="host"/> (<c>host[:port]</c>): http for loopback hosts, else https.</summary>
    public static Uri BaseAddress(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        return new Uri($"{(RegistryHost.IsLoopback(host) ? "http" : "https")}://{host}/v2/");
    }

    /// <summary>The <c>sha256:</c> digest of <paramref name="content"/>.</summary>
    public static string Digest(byte[] content) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>Uploads <paramref name="content"/> as a blob of <paramref name="repository"/> unless the registry has it; returns its digest.</summary>
    public async Task<string> PushBlobAsync(string host, string repository, byte[] content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var digest = Digest(content);
        var root = BaseAddress(host);
        using (var exists = await SendAsync(() => new HttpRequestMessage(HttpMethod.Head, new Uri(root, $"{repository}/blobs/{digest}")), host, repository, cancellationToken).ConfigureAwait(false))
        {
            if (exists.IsSuccessStatusCode) return digest;
        }

        Uri location;
        using (var start = await SendAsync(() => new HttpRequestMessage(HttpMethod.Post, new Uri(root, $"{repository}/blobs/uploads/")), host, repository, cancellationToken).ConfigureAwait(false))
        {
            await EnsureAsync(start, $"starting a blob upload to {host}/{repository}", cancellationToken).ConfigureAwait(false);
            location = start.Headers.Location is { } l ? (l.IsAbsoluteUri ? l : new Uri(root, l)) : throw new RegistryOperationException($"{host} started an upload without a Location");
        }

        var separator = location.Query.Length > 0 ? "&" : "?";
        var target = new Uri(location + separator + "digest=" + Uri.EscapeDataString(digest));
        using var put = await SendAsync(() => new HttpRequestMessage(HttpMethod.Put, target)
        {
            Content = new ByteArrayContent(content) { Headers = { ContentType = new MediaTypeHeaderValue("application/octet-stream") } },
        }, host, repository, cancellationToken).ConfigureAwait(false);
        await EnsureAsync(put, $"uploading blob {digest} to {host}/{repository}", cancellationToken).ConfigureAwait(false);
        return digest;
    }

    /// <summary>Puts a manifest under <paramref name="tag"/>; returns its digest.</summary>
    public async Task<string> PushManifestAsync(string host, string repository, string tag, string mediaType, byte[] manifest, CancellationToken cancellationToken)
    {
        var target = new Uri(BaseAddress(host), $"{repository}/manifests/{tag}");
        using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Put, target)
        {
            Content = new ByteArrayContent(manifest) { Headers = { ContentType = new MediaTypeHeaderValue(mediaType) } },
        }, host, repository, cancellationToken).ConfigureAwait(false);
        await EnsureAsync(response, $"putting manifest {repository}:{tag} to {host}", cancellationToken).ConfigureAwait(false);
        return Digest(manifest);
    }

    /// <summary>
    /// The descriptor (media type, digest, size) of the image manifest under <paramref name="reference"/> (a tag or a
    /// digest), read with a HEAD request that accepts single-platform manifests only, Docker's and OCI's.
    /// </summary>
    public async Task<(string MediaType, string Digest, long Size)> ManifestDescriptorAsync(string host, string repository, string reference, CancellationToken cancellationToken)
    {
        var target = new Uri(BaseAddress(host), $"{repository}/manifests/{reference}");
        using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Head, target)
        {
            Headers = { Accept = { new("application/vnd.docker.distribution.manifest.v2+json"), new("application/vnd.oci.image.manifest.v1+json") } },
        }, host, repository, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound) throw new RegistryOperationException($"{host}/{repository}:{reference} is not in the registry");
        await EnsureAsync(response, $"reading manifest {repository}:{reference} from {host}", cancellationToken).ConfigureAwait(false);
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        var digest = response.Headers.TryGetValues("Docker-Content-Digest", out var values) ? values.FirstOrDefault() : null;
        var size = response.Content.Headers.ContentLength;
        if (mediaType is null || digest is null || size is null)
        {
            throw new RegistryOperationException($"{host} answered for {repository}:{reference} without a media type, a Docker-Content-Digest or a length");
        }
        return (mediaType, digest, size.Value);
    }

    private async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> create, string host, string repository, CancellationToken cancellationToken)
    {
        var key = host + "/" + repository;
        using var request = create();
        if (_authorizations.TryGetValue(key, out var known)) request.Headers.Authorization = known;
        var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized || known is not null) return response;
        var challenge = response.Headers.WwwAuthenticate.FirstOrDefault();
        response.Dispose();
        var authorization = await AuthorizeAsync(challenge, repository, cancellationToken).ConfigureAwait(false)
            ?? throw new RegistryOperationException($"{host} asks for authentication ({challenge?.ToString() ?? "no challenge"}) that ContainerKit cannot answer");
        _authorizations[key] = authorization;
        using var retry = create();
        retry.Headers.Authorization = authorization;
        return await http.SendAsync(retry, cancellationToken).ConfigureAwait(false);
    }

    private async Task<AuthenticationHeaderValue?> AuthorizeAsync(AuthenticationHeaderValue? challenge, string repository, CancellationToken cancellationToken)
    {
        var basic = credentials is null ? null
            : new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{credentials.UserName}:{credentials.Password}")));
        if (challenge is null) return basic;
        if (challenge.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase)) return basic;
        if (!challenge.Scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase)) return null;
        var parameters = ChallengeParameters(challenge.Parameter ?? "");
        if (!parameters.TryGetValue("realm", out var realm)) return null;
        var query = new List<string>();
        if (parameters.TryGetValue("service", out var service)) query.Add("service=" + Uri.EscapeDataString(service));
        query.Add("scope=" + Uri.EscapeDataString(parameters.GetValueOrDefault("scope") ?? $"repository:{repository}:pull,push"));
        using var request = new HttpRequestMessage(HttpMethod.Get, realm + (realm.Contains('?', StringComparison.Ordinal) ? "&" : "?") + string.Join('&', query));
        if (basic is not null) request.Headers.Authorization = basic;
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        await EnsureAsync(response, $"getting a token from {realm}", cancellationToken).ConfigureAwait(false);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
        var token = document.RootElement.TryGetProperty("token", out var t) ? t.GetString()
            : document.RootElement.TryGetProperty("access_token", out var a) ? a.GetString() : null;
        return token is null ? null : new AuthenticationHeaderValue("Bearer", token);
    }

    /// <summary>The <c>key="value"</c> pairs of a challenge, e.g. <c>realm="https://auth.example/token",service="registry"</c>.</summary>
    public static IReadOnlyDictionary<string, string> ChallengeParameters(string parameter)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var i = 0;
        while (i < parameter.Length)
        {
            while (i < parameter.Length && (parameter[i] == ',' || char.IsWhiteSpace(parameter[i]))) i++;
            var equals = parameter.IndexOf('=', i);
            if (equals < 0) break;
            var key = parameter[i..equals].Trim();
            i = equals + 1;
            string value;
            if (i < parameter.Length && parameter[i] == '"')
            {
                var end = parameter.IndexOf('"', i + 1);
                if (end < 0) end = parameter.Length;
                value = parameter[(i + 1)..end];
                i = end + 1;
            }
            else
            {
                var end = parameter.IndexOf(',', i);
                if (end < 0) end = parameter.Length;
                value = parameter[i..end].Trim();
                i = end;
            }

            result[key] = value;
        }

        return result;
    }

    private static async Task EnsureAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode) return;
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        throw new RegistryOperationException($"{what}: HTTP {(int)response.StatusCode} {body.Trim()}");
    }
}
