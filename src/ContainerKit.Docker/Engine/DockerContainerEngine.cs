using System.Diagnostics;
using System.Text;
using System.Text.Json;
using ContainerKit.Definitions;
using ContainerKit.Diagnostics;
using ContainerKit.Docker.Building;
using ContainerKit.Docker.Connection;
using ContainerKit.Docker.Progress;
using ContainerKit.Docker.Registry;
using ContainerKit.Docker.Workspace;
using ContainerKit.Model;
using ContainerKit.Rendering;
using ContainerKit.Sbom;
using ContainerKit.Docker.Sbom;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace ContainerKit.Docker.Engine;

/// <summary>The Docker Engine API implementation of <see cref="IContainerEngine"/>.</summary>
public sealed class DockerContainerEngine(DockerConnection connection, IBuildProgressReporter reporter, DockerAuthConfig? authConfig = null) : IContainerEngine
{
    private readonly ImageBuilder _builder = new(connection, reporter);
    private readonly DockerAuthConfig _auth = authConfig ?? DockerAuthConfig.Load();

    /// <summary>How pushes and pulls retry transient failures.</summary>
    public RetryPolicy Retry { get; init; } = RetryPolicy.Default;

    /// <inheritdoc />
    public async Task<IReadOnlyList<ImageBuildOutcome>> BuildGenericAsync(string entryFolder, GenericBuildOptions options, CancellationToken cancellationToken)
    {
        var manifest = ManifestReader.Read(entryFolder);
        var outcomes = new List<ImageBuildOutcome>();
        foreach (var role in options.Roles)
        {
            var image = manifest.Image(role);
            var tags = Tags(image, options.Revisions, user: null);
            var args = Merge(Expand(image.BuildArgs, options.Revisions[^1], null), options.BuildArgs);
            var reuse = !options.Pull && !options.NoCache && !options.Rebuild && options.StageOverride is null;
            var cache = new LayerCache(options.InlineCache, CacheSources(manifest, role, options.CacheFromRegistry));
            outcomes.Add(await BuildOrSkipAsync(entryFolder, manifest, image, tags, args, reuse, options.StageOverride,
                options.HostNetwork, options.NoCache, options.Pull, cancellationToken, cache, options.HostSecrets).ConfigureAwait(false));
        }

        return outcomes;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ImageBuildOutcome>> BuildUserAsync(string entryFolder, UserBuildOptions options, CancellationToken cancellationToken)
    {
        var manifest = ManifestReader.Read(entryFolder);
        var outcomes = new List<ImageBuildOutcome>();
        foreach (var role in options.Roles)
        {
            var image = manifest.Image(role);
            var tags = Tags(image, options.Revisions, options.UserName);
            var args = new Dictionary<string, string>(Expand(image.BuildArgs, options.Revisions[^1], options.UserName))
            {
                ["USR"] = options.UserName,
                ["USRID"] = options.UserId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["GRP"] = options.GroupName,
                ["GRPID"] = options.GroupId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
            if (image.BaseRole is { } baseRole && !args.ContainsKey("BASE_IMAGE"))
                args["BASE_IMAGE"] = Tags(manifest.Image(baseRole), options.Revisions, null)[0];
            outcomes.Add(await BuildOrSkipAsync(entryFolder, manifest, image, tags, args, reuse: false, null,
                options.HostNetwork, options.NoCache, pull: false, cancellationToken).ConfigureAwait(false));
        }

        return outcomes;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> PushAsync(string entryFolder, PushOptions options, CancellationToken cancellationToken)
    {
        var manifest = ManifestReader.Read(entryFolder);
        var missing = new List<Diagnostic>();
        foreach (var role in options.Roles)
        {
            foreach (var local in Tags(manifest.Image(role), options.Revisions, options.User))
            {
                if (await InspectImageAsync(local, cancellationToken).ConfigureAwait(false) is not null) continue;
                var target = manifest.Image(role).BaseRole is null ? "BuildGeneric" : "BuildUser";
                missing.Add(EngineDiagnostics.Error(EngineDiagnostics.ImageMissingId, $"{manifest.Environment}/{manifest.Entry} ({role})",
                    $"cannot push {local}: there is no local image with that tag", local,
                    $"build it first with `./build.sh {target}` (a sha tag names the commit it was built from; rebuild after committing)"));
            }
        }

        if (missing.Count > 0) throw new DiagnosticException(missing);
        var pushed = new List<string>();
        var auth = Auth(options.Registry, options.Credentials);
        foreach (var local in LocalReferences(entryFolder, options))
        {
            var remote = Remote(ImageReference.Parse(local), options.Registry, EngineDiagnostics.PushFailedId);
            await TagAsync(local, remote, cancellationToken).ConfigureAwait(false);
            await RegistryCallWithRetryAsync((progress, token) => connection.Client.Images.PushImageAsync(remote.Repository,
                    new ImagePushParameters { Tag = remote.EngineTag }, auth, progress, token),
                EngineDiagnostics.PushFailedId, "push", remote.ToString(), options.Registry, cancellationToken).ConfigureAwait(false);
            pushed.Add(remote.ToString());
        }

        return pushed;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> PullAsync(string entryFolder, PushOptions options, CancellationToken cancellationToken)
    {
        var pulled = new List<string>();
        var auth = Auth(options.Registry, options.Credentials);
        foreach (var local in LocalReferences(entryFolder, options))
        {
            var target = ImageReference.Parse(local);
            var remote = Remote(target, options.Registry, EngineDiagnostics.PullFailedId);
            await RegistryCallWithRetryAsync((progress, token) => connection.Client.Images.CreateImageAsync(
                    new ImagesCreateParameters { FromImage = remote.Repository, Tag = remote.EngineTag }, auth, progress, token),
                EngineDiagnostics.PullFailedId, "pull", remote.ToString(), options.Registry, cancellationToken).ConfigureAwait(false);
            await TagAsync(remote.ToString(), target, cancellationToken).ConfigureAwait(false);
            pulled.Add(local);
        }

        return pulled;
    }

    // The local image's name in the registry; a registry that makes no image reference is a diagnostic naming it.
    private static ImageReference Remote(ImageReference local, string registry, string diagnosticId)
    {
        try
        {
            return local.InRegistry(registry);
        }
        catch (FormatException e)
        {
            throw EngineDiagnostics.Exception(diagnosticId, "--registry", $"registry {registry} cannot hold {local}: {e.Message}", registry,
                "pass the registry as host[:port], optionally with a lower-case path (e.g. 127.0.0.1:5000 or ghcr.io/lab)");
        }
    }

    private Task TagAsync(string source, ImageReference target, CancellationToken cancellationToken) =>
        connection.Client.Images.TagImageAsync(source, new ImageTagParameters { RepositoryName = target.Repository, Tag = target.EngineTag }, cancellationToken);

    /// <inheritdoc />
    public async Task<EnvironmentListing> ListEnvironmentAsync(string image, CancellationToken cancellationToken)
    {
        var dpkg = await CaptureAsync(image, "dpkg-query -W", cancellationToken).ConfigureAwait(false);
        var pip = await CaptureAsync(image, "if command -v pip >/dev/null; then pip list; elif command -v python3 >/dev/null && python3 -m pip --version >/dev/null 2>&1; then python3 -m pip list; else exit 3; fi", cancellationToken).ConfigureAwait(false);
        var conda = await CaptureAsync(image, "if command -v mamba >/dev/null; then mamba list; elif command -v conda >/dev/null; then conda list; else exit 3; fi", cancellationToken).ConfigureAwait(false);
        return new EnvironmentListing(dpkg, pip, conda);
    }

    /// <inheritdoc />
    public async Task<FreezeListing> ReadInstalledPackagesAsync(string image, string? condaEnvironment, CancellationToken cancellationToken)
    {
        // The image's PATH starts with its Python environment (venv or conda env), so `python` is that one.
        var dpkg = await CaptureAsync(image, "dpkg-query -W -f '${Package}\\t${Version}\\n'", cancellationToken).ConfigureAwait(false);
        var pip = await CaptureAsync(image, "python -m pip list --exclude-editable --format freeze", cancellationToken).ConfigureAwait(false);
        var before = await CaptureAsync(image, $"cat {ImagePaths.Snapshots}/pip-before.txt", cancellationToken).ConfigureAwait(false);
        var conda = condaEnvironment is null ? null
            : await CaptureAsync(image, $"mamba env export --no-builds --name {ContainerKit.Entrypoints.ShellQuoting.Quote(condaEnvironment)}", cancellationToken).ConfigureAwait(false);
        return new FreezeListing(dpkg, pip, before, conda);
    }

    /// <inheritdoc />
    public async Task<ImageInventory> ReadInventoryAsync(string image, CancellationToken cancellationToken)
    {
        var marker = "@@containerkit-sbom-" + Guid.NewGuid().ToString("N");
        var output = new StringWriter();
        var errors = new StringWriter();
        int code;
        try
        {
            code = await RunAsync(new RunOptions(image, [InventoryScript.Text, "sh", marker])
            {
                Entrypoint = ["/bin/sh", "-c"], StandardOutput = output, StandardError = errors, UnlimitedMemlock = false,
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (DockerApiException e)
        {
            throw SbomReadFailure(image, (e.ResponseBody ?? e.Message).Trim());
        }

        if (code != 0) throw SbomReadFailure(image, $"the reading script exited with {code}: {errors.ToString().Trim()}");
        return InventoryScript.Parse(output.ToString(), marker);
    }

    private static DiagnosticException SbomReadFailure(string image, string cause) =>
        EngineDiagnostics.Exception(EngineDiagnostics.SbomReadFailedId, image, $"cannot read the packages of {image}: {cause}", image,
            "the SBOM is read by /bin/sh in a container of the image (cat, sed, find and sort); check that the image has them and runs on this machine");

    // Runs a shell line in a fresh container; its stdout, or null when it failed.
    private async Task<string?> CaptureAsync(string image, string script, CancellationToken cancellationToken)
    {
        var output = new StringWriter();
        var code = await RunAsync(new RunOptions(image, ["sh", "-c", script]) { StandardOutput = output, StandardError = TextWriter.Null, UnlimitedMemlock = false }, cancellationToken).ConfigureAwait(false);
        return code == 0 ? output.ToString() : null;
    }

    /// <inheritdoc />
    public async Task<int> RunAsync(RunOptions options, CancellationToken cancellationToken)
    {
        CreateContainerResponse created;
        try
        {
            // Podman adds nofile/nproc limits to any ulimit asked for; where they cannot be raised, ask for none.
            var ulimits = !(await connection.ProductAsync(cancellationToken).ConfigureAwait(false)).IsPodman || HostLimits.CanRaiseLimits();
            created = await connection.Client.Containers.CreateContainerAsync(ContainerParameters(options, ulimits), cancellationToken).ConfigureAwait(false);
        }
        catch (DockerApiException e)
        {
            throw EngineDiagnostics.Exception(EngineDiagnostics.ContainerFailedId, options.Image, "the container cannot be created: " + (e.ResponseBody ?? e.Message).Trim(), options.Image,
                "build the image first (`./build.sh BuildGeneric`) or check the image name");
        }

        try
        {
            using var attached = await connection.Client.Containers.AttachContainerAsync(created.ID,
                new ContainerAttachParameters { Stream = true, Stdout = true, Stderr = true }, cancellationToken).ConfigureAwait(false);
            await connection.Client.Containers.StartContainerAsync(created.ID, new ContainerStartParameters(), cancellationToken).ConfigureAwait(false);
            await CopyOutputAsync(attached, options.StandardOutput ?? Console.Out, options.StandardError ?? Console.Error, cancellationToken).ConfigureAwait(false);
            var waited = await connection.Client.Containers.WaitContainerAsync(created.ID, cancellationToken).ConfigureAwait(false);
            return (int)waited.StatusCode;
        }
        finally
        {
            // Removal must happen also after Ctrl-C, so it does not use the cancelled token.
            await connection.Client.Containers.RemoveContainerAsync(created.ID, new ContainerRemoveParameters { Force = true }, CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async Task<int> RunInteractiveAsync(RunOptions options, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("docker") { UseShellExecute = false };
        foreach (var word in InteractiveArguments(options)) start.ArgumentList.Add(word);
        start.Environment["DOCKER_HOST"] = connection.Endpoint.CliHost;
        if (connection.Endpoint.CertificatePath is { } certificates)
        {
            start.Environment["DOCKER_TLS_VERIFY"] = "1";
            start.Environment["DOCKER_CERT_PATH"] = certificates;
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("docker did not start");
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        return process.ExitCode;
    }

    /// <summary>The <c>docker run -it</c> words for an interactive session (same settings as <see cref="RunAsync"/>).</summary>
    public static IReadOnlyList<string> InteractiveArguments(RunOptions options)
    {
        var words = new List<string> { "run", "--rm", "-it", "--ipc=host", "--ulimit", "stack=67108864" };
        if (options.UnlimitedMemlock) words.AddRange(["--ulimit", "memlock=-1"]);
        if (options.HostNetwork) words.Add("--network=host");
        words.AddRange(options.Devices.DockerRunArguments());
        if (options.ProjectFolder is not null && options.ProjectRootAt is not null)
            words.AddRange(["-v", $"{ProjectMountSource(options.ProjectFolder)}:{options.ProjectRootAt}", "-e", "PROJECT_ROOT_AT=" + options.ProjectRootAt]);
        foreach (var mount in options.Mounts)
        {
            words.AddRange(["-v", EngineBind(mount)]);
            if (mount.EnvironmentEntry is { } entry) words.AddRange(["-e", entry]);
        }
        foreach (var variable in options.Environment) words.AddRange(["-e", variable]);
        words.Add(options.Image);
        words.AddRange(options.Command);
        return words;
    }

    /// <inheritdoc />
    public async Task<string?> ResolveDigestAsync(string reference, CancellationToken cancellationToken)
    {
        var repository = ImageReference.Parse(reference).Repository;
        try
        {
            var image = await connection.Client.Images.InspectImageAsync(reference, cancellationToken).ConfigureAwait(false);
            var local = (image.RepoDigests ?? []).Select(d => d.Split('@', 2)).FirstOrDefault(d => d.Length == 2 && d[0] == repository);
            if (local is not null) return local[1];
        }
        catch (DockerImageNotFoundException)
        {
        }

        try
        {
            var remote = await connection.Client.Distribution.InspectAsync(reference, cancellationToken).ConfigureAwait(false);
            return string.IsNullOrEmpty(remote.Descriptor?.Digest) ? null : remote.Descriptor.Digest;
        }
        catch (DockerApiException)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public async Task<LocalImage?> InspectImageAsync(string reference, CancellationToken cancellationToken)
    {
        try
        {
            var image = await connection.Client.Images.InspectImageAsync(reference, cancellationToken).ConfigureAwait(false);
            var labels = image.Config?.Labels is { } l ? new Dictionary<string, string>(l) : new Dictionary<string, string>();
            return new LocalImage(image.ID, labels, image.Size)
            {
                Tags = image.RepoTags?.ToList() ?? [],
                RepoDigests = image.RepoDigests?.ToList() ?? [],
                Created = image.Created is { } created && created != default ? new DateTimeOffset(DateTime.SpecifyKind(created, DateTimeKind.Utc)) : null,
            };
        }
        catch (DockerImageNotFoundException)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<LocalTag>> ListTagsAsync(string repository, CancellationToken cancellationToken)
    {
        var filters = new Dictionary<string, IDictionary<string, bool>> { ["reference"] = new Dictionary<string, bool> { [repository] = true } };
        var images = await connection.Client.Images.ListImagesAsync(new ImagesListParameters { Filters = filters }, cancellationToken).ConfigureAwait(false);
        return images
            .SelectMany(i => (i.RepoTags ?? []).Select(tag => new LocalTag(tag, new DateTimeOffset(DateTime.SpecifyKind(i.Created, DateTimeKind.Utc)))))
            .Where(t => t.Reference.StartsWith(repository + ":", StringComparison.Ordinal))
            .ToList();
    }

    /// <inheritdoc />
    public async Task RemoveTagAsync(string reference, CancellationToken cancellationToken) =>
        await connection.Client.Images.DeleteImageAsync(reference, new ImageDeleteParameters { Force = false }, cancellationToken).ConfigureAwait(false);

    private async Task<ImageBuildOutcome> BuildOrSkipAsync(string entryFolder, RenderManifest manifest, ManifestImage image, IReadOnlyList<string> tags,
        IReadOnlyDictionary<string, string> args, bool reuse, string? stageOverride, bool hostNetwork, bool noCache, bool pull, CancellationToken cancellationToken,
        LayerCache? cache = null, IReadOnlyDictionary<string, string>? suppliedSecrets = null)
    {
        var clock = Stopwatch.StartNew();
        var scope = $"{manifest.Environment}/{manifest.Entry}/{image.Role}";
        var contentHash = image.ContentHash ?? manifest.ContentHash;
        if (reuse && await InspectImageAsync(tags[0], cancellationToken).ConfigureAwait(false) is { } existing
                  && existing.Labels.TryGetValue(RenderManifest.ContentHashLabel, out var hash) && hash == contentHash)
        {
            // A warm no-op finds every tag in place already: only missing ones cost an API call.
            foreach (var tag in tags.Skip(1).Where(t => !existing.Tags.Contains(t)))
                await TagAsync(existing.Id, ImageReference.Parse(tag), cancellationToken).ConfigureAwait(false);

            reporter.Report(new BuildProgressEvent(scope, BuildStepState.Cached, $"{tags[0]} is up to date (content hash {contentHash})"));
            return new ImageBuildOutcome(image.Role, existing.Id, tags, Skipped: true, clock.Elapsed);
        }

        // The same content built before (e.g. an edit reverted): that image, its id and its revision, serves again.
        var twin = stageOverride is null ? await FirstBuiltAsync(tags[0], contentHash, cancellationToken).ConfigureAwait(false) : null;
        if (reuse && twin is not null)
        {
            foreach (var tag in tags) await TagAsync(twin.Id, ImageReference.Parse(tag), cancellationToken).ConfigureAwait(false);
            reporter.Report(new BuildProgressEvent(scope, BuildStepState.Cached,
                $"{tags[0]} is up to date: {twin.Id[..19]} has content hash {contentHash} (built at {twin.Labels.GetValueOrDefault(ProvenanceLabels.Revision)})"));
            return new ImageBuildOutcome(image.Role, twin.Id, tags, Skipped: true, clock.Elapsed);
        }

        if (twin?.Labels.GetValueOrDefault(ProvenanceLabels.Revision) is { } firstBuilt && args.ContainsKey(GenericDockerfile.RevisionArgument))
            args = new Dictionary<string, string>(args) { [GenericDockerfile.RevisionArgument] = firstBuilt };
        var baseName = BaseImages.OfTarget(await File.ReadAllTextAsync(Path.Combine(entryFolder, image.Dockerfile), cancellationToken).ConfigureAwait(false),
            stageOverride ?? image.Target, args);
        var labels = await ProvenanceAsync(contentHash, baseName, pull, cancellationToken).ConfigureAwait(false);

        var request = new BuildRequest(entryFolder, scope)
        {
            Dockerfile = image.Dockerfile,
            Target = stageOverride ?? image.Target,
            Tags = tags,
            BuildArgs = args,
            Labels = labels,
            HostNetwork = hostNetwork,
            Platform = "linux/" + manifest.Platform,
            NoCache = noCache,
            Pull = pull,
            Secrets = HostSecrets(manifest, image, suppliedSecrets) is { } hostSecrets
                ? Merge(image.Secrets ?? new Dictionary<string, string>(), hostSecrets)
                : image.Secrets ?? new Dictionary<string, string>(),
            CacheFrom = cache?.From ?? [],
            InlineCache = cache?.Inline ?? false,
        };
        var id = await _builder.BuildAsync(request, cancellationToken).ConfigureAwait(false);
        return new ImageBuildOutcome(image.Role, id, tags, Skipped: false, clock.Elapsed);
    }

    /// <summary>The host files of the secrets <paramref name="image"/> needs (absolute paths); CK3060 when one is not given.</summary>
    private static Dictionary<string, string>? HostSecrets(RenderManifest manifest, ManifestImage image, IReadOnlyDictionary<string, string>? supplied)
    {
        if (image.HostSecrets is not { Count: > 0 } needed) return null;
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in needed)
        {
            if (supplied is null || !supplied.TryGetValue(id, out var file))
            {
                throw EngineDiagnostics.Exception(EngineDiagnostics.HostSecretMissingId, $"{manifest.Environment}/{manifest.Entry}/{image.Role}",
                    $"the build needs the BuildKit secret '{id}', which was not given", id,
                    id == PipSources.NetrcSecretId
                        ? "pass the netrc file holding the private index's credentials: ./build.sh BuildGeneric --pip-netrc ~/.netrc (or CONTAINERKIT_PIP_NETRC)"
                        : $"supply the secret '{id}' to the build");
            }
            result[id] = Path.GetFullPath(file);
        }
        return result;
    }

    /// <summary>
    /// The earliest-created local image of <paramref name="reference"/>'s repository whose render hash is
    /// <paramref name="contentHash"/> (debug-stage images, whose revision starts with <c>debug-</c>, never count), or null.
    /// </summary>
    private async Task<LocalImage?> FirstBuiltAsync(string reference, string contentHash, CancellationToken cancellationToken)
    {
        var filters = new Dictionary<string, IDictionary<string, bool>>
        {
            ["reference"] = new Dictionary<string, bool> { [ImageReference.Parse(reference).Repository] = true },
            ["label"] = new Dictionary<string, bool> { [$"{RenderManifest.ContentHashLabel}={contentHash}"] = true },
        };
        var images = await connection.Client.Images.ListImagesAsync(new ImagesListParameters { Filters = filters }, cancellationToken).ConfigureAwait(false);
        var first = images
            .Where(i => i.Labels is null || !i.Labels.TryGetValue(ProvenanceLabels.Revision, out var revision) || !revision.StartsWith("debug-", StringComparison.Ordinal))
            .OrderBy(i => i.Created).ThenBy(i => i.ID, StringComparer.Ordinal)
            .FirstOrDefault();
        return first is null ? null : new LocalImage(first.ID, first.Labels is { } l ? new Dictionary<string, string>(l) : new Dictionary<string, string>(), first.Size);
    }

    /// <summary>
    /// The provenance labels of a build on <paramref name="baseName"/>: the base as the local image store has it, and when it
    /// is not local (or <paramref name="pull"/> asks for a fresh copy) the digest its registry serves.
    /// </summary>
    private async Task<IReadOnlyDictionary<string, string>> ProvenanceAsync(string contentHash, string? baseName, bool pull, CancellationToken cancellationToken)
    {
        if (baseName is null) return ProvenanceLabels.Of(contentHash, null, null, null);
        var local = pull ? null : await InspectImageAsync(baseName, cancellationToken).ConfigureAwait(false);
        // The repo digest of the base's repository when the image store has one, else what its registry serves (null when neither).
        var digest = await ResolveDigestAsync(baseName, cancellationToken).ConfigureAwait(false);
        return ProvenanceLabels.Of(contentHash, baseName, local, digest);
    }

    /// <summary>The cache sources of <paramref name="role"/>: the latest run image and the role's own latest image in <paramref name="registry"/>.</summary>
    private static IReadOnlyList<string> CacheSources(RenderManifest manifest, string role, string? registry) =>
        registry is null
            ? []
            : new[] { ImageRoles.Run, role }.Distinct(StringComparer.Ordinal)
                .Select(r => $"{registry.TrimEnd('/')}/{Tags(manifest.Image(r), ["latest"], null)[0]}").ToList();

    private static IReadOnlyDictionary<string, string> Expand(IReadOnlyDictionary<string, string> args, string? revision, string? user) =>
        args.ToDictionary(a => a.Key, a => ImageTagTemplate.Expand(a.Value, revision, user));

    private static Dictionary<string, string> Merge(IReadOnlyDictionary<string, string> first, IReadOnlyDictionary<string, string> overrides)
    {
        var merged = new Dictionary<string, string>(first);
        foreach (var (key, value) in overrides) merged[key] = value;
        return merged;
    }

    private static IEnumerable<string> LocalReferences(string entryFolder, PushOptions options)
    {
        var manifest = ManifestReader.Read(entryFolder);
        return options.Roles.SelectMany(role => Tags(manifest.Image(role), options.Revisions, options.User));
    }

    /// <summary>Every tag of <paramref name="image"/>: each template expanded with each revision.</summary>
    private static IReadOnlyList<string> Tags(ManifestImage image, IReadOnlyList<string> revisions, string? user) =>
        revisions.SelectMany(r => ImageTagTemplate.ExpandAll(image.TagTemplates, r, user)).Distinct().ToList();

    private AuthConfig Auth(string registry, RegistryCredentials? explicitCredentials)
    {
        var credentials = explicitCredentials ?? _auth.For(registry);
        return new AuthConfig { Username = credentials?.UserName ?? "", Password = credentials?.Password ?? "", ServerAddress = registry };
    }

    // The X-Registry-Auth header of a raw API call: the AuthConfig as JSON, URL-safe base64.
    private string AuthHeader(string registry)
    {
        var auth = Auth(registry, null);
        var json = JsonSerializer.Serialize(new Dictionary<string, string?>
        {
            ["username"] = auth.Username,
            ["password"] = auth.Password,
            ["serveraddress"] = auth.ServerAddress,
        });
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).Replace('+', '-').Replace('/', '_');
    }

    /// <inheritdoc />
    public async Task CheckBaseImageAsync(string reference, bool pull, IReadOnlyList<string> neededBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(neededBy);
        if (!pull && await InspectImageAsync(reference, cancellationToken).ConfigureAwait(false) is not null) return;
        var registry = ImageReference.TryParse(reference)?.RegistryOrDefault ?? ImageReference.DefaultRegistry;
        var entries = string.Join(", ", neededBy);
        var step = $"resolve base image {reference} on {registry}";
        var clock = Stopwatch.StartNew();
        reporter.Report(new BuildProgressEvent(entries, BuildStepState.Started, step));
        try
        {
            // The daemon asks the registry for the manifest (GET /distribution/<ref>/json) without pulling: the build
            // itself pulls the variant of the entry's platform, and the local tag is left alone.
            await Retry.ExecuteAsync(async token =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, $"distribution/{reference}/json");
                // Docker Hub's credentials are stored under its v1 index address.
                request.Headers.Add("X-Registry-Auth", AuthHeader(registry == ImageReference.DefaultRegistry ? "https://index.docker.io/v1/" : registry));
                using var response = await connection.Http.SendAsync(request, token).ConfigureAwait(false);
                if (!response.IsSuccessStatusCode)
                    throw new RegistryOperationException($"HTTP {(int)response.StatusCode}: {ErrorMessage(await response.Content.ReadAsStringAsync(token).ConfigureAwait(false))}");
                return true;
            }, IsTransient, cancellationToken).ConfigureAwait(false);
            reporter.Report(new BuildProgressEvent(entries, BuildStepState.Completed, step, clock.Elapsed));
        }
        catch (Exception e) when (e is RegistryOperationException or HttpRequestException)
        {
            reporter.Report(new BuildProgressEvent(entries, BuildStepState.Failed, step, clock.Elapsed, e.Message));
            throw EngineDiagnostics.Exception(EngineDiagnostics.BaseImageUnavailableId, entries,
                $"base image {reference} cannot be pulled from registry {registry}" + (pull ? " (--pull asks for a fresh copy)" : " and is not in the local image store")
                + $": {e.Message}; needed by {entries}", reference,
                $"log in if the registry needs credentials (`docker login {registry}`), make the image available yourself (`docker pull {reference}` or `docker load`), "
                + "or select entries that do not need it (--environment/--platform/--acceleration)");
        }
    }

    // Runs a typed push or pull, retrying transient failures; an HTTP error or an error in the progress stream
    // becomes a diagnostic naming the image, the registry and the cause.
    // Each retry, ours and the daemon's own retries of a layer, is printed, so a user waiting on an unreachable
    // registry sees why and for how long.
    private async Task RegistryCallWithRetryAsync(Func<IProgress<JSONMessage>, CancellationToken, Task> call, string diagnosticId, string verb,
        string image, string registry, CancellationToken cancellationToken)
    {
        var scope = $"{verb} {image}";
        var attempts = 1;
        try
        {
            await Retry.ExecuteAsync(async token =>
            {
                var progress = new RegistryProgress(line => reporter.Report(new BuildProgressEvent(scope, BuildStepState.Log, "retry", Text: line)));
                try
                {
                    await call(progress, token).ConfigureAwait(false);
                }
                catch (DockerApiException e)
                {
                    // An error before the stream starts is one JSON object: {"message": "..."}.
                    throw new RegistryOperationException($"HTTP {(int)e.StatusCode}: {ErrorMessage(e.ResponseBody ?? "")}");
                }

                if (progress.Error is { } error) throw new RegistryOperationException(error);
                return true;
            }, IsTransient, (attempt, delay, e) =>
            {
                attempts = attempt;
                reporter.Report(new BuildProgressEvent(scope, BuildStepState.Log, verb, Text: string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"{verb} failed ({e.Message.Trim()}); attempt {attempt} of {Retry.Attempts} in {delay.TotalSeconds:0.#} s")));
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is RegistryOperationException or HttpRequestException)
        {
            throw EngineDiagnostics.Exception(diagnosticId, image, $"{verb} of {image} to/from registry {registry} failed after {attempts} attempt(s): {e.Message}", image,
                "check that the registry is reachable and that you are logged in (`docker login " + registry + "` or --registry-username/--registry-password)");
        }
    }

    private static string ErrorMessage(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("message", out var message)
                   && message.ValueKind == JsonValueKind.String ? message.GetString()! : body.Trim();
        }
        catch (JsonException)
        {
            return body.Trim();
        }
    }

    private static bool IsTransient(Exception e)
    {
        if (e is HttpRequestException) return true;
        var message = e.Message;
        return !(message.Contains("unauthorized", StringComparison.OrdinalIgnoreCase)
                 || message.Contains("denied", StringComparison.OrdinalIgnoreCase)
                 || message.Contains("not found", StringComparison.OrdinalIgnoreCase)
                 || message.Contains("manifest unknown", StringComparison.OrdinalIgnoreCase)
                 || message.Contains("name unknown", StringComparison.OrdinalIgnoreCase)
                 || message.Contains("does not exist", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The project folder as the engine names it (Docker Desktop's drive mounts on Windows).</summary>
    private static string ProjectMountSource(string projectFolder) =>
        EngineHostPath.ForEngine(Path.GetFullPath(projectFolder), OperatingSystem.IsWindows(), "the project folder");

    /// <summary>A mount's bind as the engine names its host folder (volumes as they are).</summary>
    private static string EngineBind(ResolvedMount mount) => mount.IsVolume
        ? mount.Bind
        : (mount with { Source = EngineHostPath.ForEngine(mount.Source, OperatingSystem.IsWindows(), $"the {mount.Kind.ToString().ToLowerInvariant()} mount {mount.Target}") }).Bind;

    /// <summary>
    /// The container-create parameters of <see cref="RunAsync"/> (the same settings as <see cref="InteractiveArguments"/>);
    /// without <paramref name="ulimits"/> no ulimits are asked for (Podman where limits cannot be raised).
    /// </summary>
    internal static CreateContainerParameters ContainerParameters(RunOptions options, bool ulimits = true)
    {
        var environment = options.Environment.ToList();
        var binds = new List<string>();
        if (options.ProjectFolder is not null && options.ProjectRootAt is not null)
        {
            binds.Add($"{ProjectMountSource(options.ProjectFolder)}:{options.ProjectRootAt}");
            environment.Add("PROJECT_ROOT_AT=" + options.ProjectRootAt);
        }
        foreach (var mount in options.Mounts)
        {
            binds.Add(EngineBind(mount));
            if (mount.EnvironmentEntry is { } entry) environment.Add(entry);
        }

        return new CreateContainerParameters
        {
            Image = options.Image,
            Cmd = options.Command.Count == 0 ? null! : options.Command.ToList(),
            Entrypoint = options.Entrypoint?.ToList()!,
            Env = environment,
            AttachStdout = true,
            AttachStderr = true,
            Labels = new Dictionary<string, string> { ["dev.containerkit.run"] = "true" },
            HostConfig = new HostConfig
            {
                Binds = binds,
                IpcMode = "host",
                NetworkMode = options.HostNetwork ? "host" : null!,
                Ulimits = !ulimits ? null! : options.UnlimitedMemlock
                    ? [new Ulimit { Name = "memlock", Soft = -1, Hard = -1 }, new Ulimit { Name = "stack", Soft = 67108864, Hard = 67108864 }]
                    : [new Ulimit { Name = "stack", Soft = 67108864, Hard = 67108864 }],
                DeviceRequests = options.Devices.AllGpus ? [new DeviceRequest { Count = -1, Capabilities = [["gpu"]] }] : null!,
                Devices = options.Devices.Devices.Count > 0
                    ? options.Devices.Devices.Select(d => new DeviceMapping { PathOnHost = d, PathInContainer = d, CgroupPermissions = "rwm" }).ToList()
                    : null!,
                GroupAdd = options.Devices.GroupAdd.Count > 0 ? options.Devices.GroupAdd.ToList() : null!,
            },
        };
    }

    private static async Task CopyOutputAsync(MultiplexedStream stream, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        var decoderOut = Encoding.UTF8.GetDecoder();
        var decoderErr = Encoding.UTF8.GetDecoder();
        var chars = new char[Encoding.UTF8.GetMaxCharCount(buffer.Length)];
        while (true)
        {
            var read = await stream.ReadOutputAsync(buffer, 0, buffer.Length, cancellationToken).ConfigureAwait(false);
            if (read.EOF) break;
            var toErr = read.Target == MultiplexedStream.TargetStream.StandardError;
            var count = (toErr ? decoderErr : decoderOut).GetChars(buffer, 0, read.Count, chars, 0);
            var writer = toErr ? stderr : stdout;
            await writer.WriteAsync(chars.AsMemory(0, count), cancellationToken).ConfigureAwait(false);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
