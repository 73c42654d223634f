using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ContainerKit.Docker.BuildKit;
using ContainerKit.Docker.Connection;
using ContainerKit.Docker.Progress;
using ContainerKit.Docker.Streaming;

namespace ContainerKit.Docker.Building;

/// <summary>
/// Builds images with BuildKit through <c>POST /build?version=2</c> (the context is sent as a tar), decoding the
/// <c>moby.buildkit.trace</c> messages of the response into progress events. A build with secrets also opens a
/// <see cref="Session.BuildSession"/> that serves them, and names it in the request.
/// </summary>
public sealed class ImageBuilder(DockerConnection connection, IBuildProgressReporter reporter)
{
    private const string ImageIdId = "moby.image.id";

    // Podman's builds, one at a time (see PodmanDockerfile).
    private readonly SemaphoreSlim _podmanBuilds = new(1, 1);

    /// <summary>
    /// Builds and returns the image id; a failed build throws a CK3002 diagnostic naming the failing step, and so
    /// does a daemon that stops or restarts during the build (the connection is lost; nothing is tagged).
    /// </summary>
    public async Task<string> BuildAsync(BuildRequest request, CancellationToken cancellationToken)
    {
        var podman = (await connection.ProductAsync(cancellationToken).ConfigureAwait(false)).IsPodman;
        if (request.Secrets.Count > 0 && podman)
        {
            throw EngineDiagnostics.Exception(EngineDiagnostics.PodmanUnsupportedId, request.Scope,
                $"the build needs the secret(s) {string.Join(", ", request.Secrets.Keys.Order(StringComparer.Ordinal))}, and Podman's Docker-compatible API "
                + "builds with buildah, which cannot receive BuildKit build secrets (the secret mounts would be empty)",
                connection.Endpoint.Uri.ToString(),
                "build this image with Docker (BuildKit), or with `podman build --secret id=ID,src=FILE` on the rendered folder");
        }
        var context = await BuildContextArchive.CreateAsync(request.ContextFolder, cancellationToken, podman ? PodmanDockerfile(request) : null).ConfigureAwait(false);
        var secrets = request.Secrets.Count == 0 ? null : ReadSecrets(request);
        if (podman) await _podmanBuilds.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await SendAsync(request, context, secrets, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or IOException && !cancellationToken.IsCancellationRequested)
        {
            throw Failure(request, null, $"the connection to the Docker daemon at {connection.Endpoint} was lost during the build ({e.Message}); no tag was changed",
                "check that the daemon runs (it may have stopped or restarted) and run the build again");
        }
        finally
        {
            if (podman) _podmanBuilds.Release();
        }
    }

    /// <summary>
    /// The Dockerfile as Podman's API gets it: cache mounts <c>sharing=shared</c> instead of <c>sharing=locked</c>,
    /// because buildah 1.28 (podman 4.3) never releases a locked cache between the stages of one build, so the next
    /// stage that mounts it waits forever. Podman builds go one at a time instead (<see cref="_podmanBuilds"/>),
    /// so apt and pip still never share a cache with a concurrent build of this host.
    /// </summary>
    private static Dictionary<string, byte[]> PodmanDockerfile(BuildRequest request)
    {
        var text = File.ReadAllText(Path.Combine(request.ContextFolder, request.Dockerfile));
        return new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            [request.Dockerfile.Replace('\\', '/')] = Encoding.UTF8.GetBytes(text.Replace("sharing=locked", "sharing=shared", StringComparison.Ordinal)),
        };
    }

    private async Task<string> SendAsync(BuildRequest request, byte[] context, Dictionary<string, byte[]>? secrets, CancellationToken cancellationToken)
    {
        await using var session = secrets is null ? null
            : await Session.BuildSession.StartAsync(connection.Http, secrets, cancellationToken).ConfigureAwait(false);
        using var message = new HttpRequestMessage(HttpMethod.Post, "build?" + Query(request, session?.Id));
        message.Content = new ByteArrayContent(context);
        message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-tar");
        using var response = await connection.Http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            throw Failure(request, null, JsonMessageReader.Parse(body)?.Error ?? body.Trim());
        }

        var tracker = new BuildStepTracker(request.Scope, reporter);
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var (imageId, error) = await ReadResponseAsync(stream, tracker, cancellationToken).ConfigureAwait(false);
        if (error is not null || imageId is null)
            throw Failure(request, tracker.Failure, error ?? "the daemon ended the build without an image id");
        return imageId;
    }

    /// <summary>
    /// Reads a build's JSON-lines response to its end: BuildKit progress goes to <paramref name="tracker"/>; returns
    /// the built image's id (from the <c>moby.image.id</c> message) and the first error the daemon reported.
    /// </summary>
    internal static async Task<(string? ImageId, string? Error)> ReadResponseAsync(Stream stream, BuildStepTracker tracker, CancellationToken cancellationToken)
    {
        string? imageId = null;
        string? error = null;
        await foreach (var item in JsonMessageReader.ReadAllAsync(stream, cancellationToken).ConfigureAwait(false))
        {
            if (item.Error is not null) error ??= item.Error;
            if (BuildKitTrace.Decode(item) is { } update) tracker.Apply(update);
            else if (item.Id is null or ImageIdId && item.Aux is { ValueKind: JsonValueKind.Object } aux && aux.TryGetProperty("ID", out var id))
                imageId = id.GetString(); // BuildKit names the message moby.image.id; the classic builder (Podman's buildah) does not
            else if (item.Stream is { } text) tracker.ApplyClassic(text);
        }

        tracker.EndClassic(error);
        return (imageId, error);
    }

    /// <summary>The build argument that makes BuildKit write its inline cache metadata into the image.</summary>
    public const string InlineCacheArgument = "BUILDKIT_INLINE_CACHE";

    /// <summary>The query string of the build request (exposed for tests); <paramref name="sessionId"/> names a BuildKit session.</summary>
    public static string Query(BuildRequest request, string? sessionId = null)
    {
        var query = new List<string>
        {
            "version=2",
            "rm=1",
            "forcerm=1",
            "dockerfile=" + Uri.EscapeDataString(request.Dockerfile),
        };
        query.AddRange(request.Tags.Select(t => "t=" + Uri.EscapeDataString(t)));
        if (request.Target is not null) query.Add("target=" + Uri.EscapeDataString(request.Target));
        if (request.HostNetwork) query.Add("networkmode=host");
        if (request.Platform is not null) query.Add("platform=" + Uri.EscapeDataString(request.Platform));
        if (request.NoCache) query.Add("nocache=1");
        if (request.Pull) query.Add("pull=1");
        var buildArgs = request.InlineCache
            ? new Dictionary<string, string>(request.BuildArgs) { [InlineCacheArgument] = "1" }
            : request.BuildArgs;
        if (buildArgs.Count > 0) query.Add("buildargs=" + Uri.EscapeDataString(JsonSerializer.Serialize(buildArgs)));
        if (request.CacheFrom.Count > 0) query.Add("cachefrom=" + Uri.EscapeDataString(JsonSerializer.Serialize(request.CacheFrom)));
        if (request.Labels.Count > 0) query.Add("labels=" + Uri.EscapeDataString(JsonSerializer.Serialize(request.Labels)));
        if (sessionId is not null) query.Add("session=" + Uri.EscapeDataString(sessionId));
        return string.Join('&', query);
    }

    // The secret files, read before the build starts; a missing one is CK3002 naming the file.
    private static Dictionary<string, byte[]> ReadSecrets(BuildRequest request)
    {
        var secrets = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (id, file) in request.Secrets)
        {
            var path = Path.Combine(request.ContextFolder, file);
            if (!File.Exists(path))
                throw EngineDiagnostics.Exception(EngineDiagnostics.BuildFailedId, path, $"the file of the build secret '{id}' does not exist", file,
                    "re-render the folder with `./build.sh Render`");
            secrets[id] = File.ReadAllBytes(path);
        }
        return secrets;
    }

    private static ContainerKit.Diagnostics.DiagnosticException Failure(BuildRequest request, FailedStep? step, string error,
        string hint = "fix the failing instruction (rerun with --stage <name> to stop the build before it), or build the folder with `docker build` to reproduce")
    {
        var message = new StringBuilder();
        if (step is null) message.Append("build failed: ").Append(error);
        else
        {
            message.Append("step '").Append(step.Name).Append("' failed: ").Append(step.Error.Length > 0 ? step.Error : error);
            if (step.LastLines.Count > 0)
                message.Append("\nlast output of the step:\n  ").Append(string.Join("\n  ", step.LastLines));
        }

        return EngineDiagnostics.Exception(EngineDiagnostics.BuildFailedId,
            Path.Combine(request.ContextFolder, request.Dockerfile) + (request.Target is null ? "" : $" (stage {request.Target})"),
            message.ToString(), step?.Name, hint);
    }
}
