using ContainerKit.Diagnostics;
using ContainerKit.Docker;
using ContainerKit.Docker.Connection;
using ContainerKit.Docker.Emulation;
using ContainerKit.Docker.Engine;
using ContainerKit.Docker.Progress;
using ContainerKit.Docker.Registry;
using ContainerKit.Docker.Workspace;
using ContainerKit.Rendering;
using ContainerKit.Targets.Host;
using ContainerKit.Targets.Matrix;
using ContainerKit.Validation;

namespace ContainerKit.Targets;

/// <summary>Engine targets: build, push and pull (issue 4).</summary>
public abstract partial class ContainerKitBuild
{
    /// <summary>BuildGeneric: the netrc file with the credentials of private pip indexes.</summary>
    [Parameter("BuildGeneric: a netrc file with the credentials of private pip indexes (PipSources.NetrcSecret), served as the BuildKit secret pip-netrc, never written into an image")]
    public string? PipNetrc { get; set; }

    /// <summary>Builds the generic (root) run and dev images.</summary>
    public Target BuildGeneric => _ => _
        .Description("Build the generic run and dev images for each matrix entry (tags latest and the git sha)")
        .DependsOn(Render)
        .Executes(ct => UseEngineAsync(async engine =>
        {
            var options = Stage is null
                ? new GenericBuildOptions
                {
                    Revisions = await TagRevisionsAsync(ct), Pull = Pull, NoCache = NoCache, Rebuild = Force,
                    InlineCache = InlineCache, CacheFromRegistry = CacheFrom, HostSecrets = HostSecretFiles(),
                }
                : new GenericBuildOptions { Revisions = ["debug-" + Stage], Roles = [ImageRoles.Run], StageOverride = Stage, NoCache = NoCache, HostSecrets = HostSecretFiles() };
            var bases = new BaseImageChecks(engine, RenderedEntries(), Pull);
            var emulation = EmulationCheck.ForLocalDaemon();
            await ForEachEntryAsync("build", async (folder, token) =>
            {
                emulation?.Require(MatrixRunner.NameOf(folder), folder.Manifest.Platform);
                await bases.CheckAsync(folder, token);
                await ReportBuilt(folder, engine.BuildGenericAsync(folder.Path, options, token));
            }, ct);
        }, ct));

    private Dictionary<string, string> HostSecretFiles() => PipNetrc is null
        ? []
        : new() { [ContainerKit.Definitions.PipSources.NetrcSecretId] = Path.GetFullPath(PipNetrc, RootDirectory) };

    /// <summary>Builds the per-user layer.</summary>
    public Target BuildUser => _ => _
        .Description("Build the per-user layer on the generic images: USR/USRID/GRP/GRPID from --user/--usrid/--grp/--grpid, else .env (see Env), else the host")
        .DependsOn(Render)
        .After(BuildGeneric)
        .Executes(ct => UseEngineAsync(async engine =>
        {
            var user = Checked(await LayerUserAsync(ct));
            var options = new UserBuildOptions(user.UserName, user.UserId, user.GroupName, user.GroupId) { Revisions = await TagRevisionsAsync(ct), NoCache = NoCache };
            var emulation = EmulationCheck.ForLocalDaemon();
            await ForEachEntryAsync("build user layer", (folder, token) =>
            {
                emulation?.Require(MatrixRunner.NameOf(folder), folder.Manifest.Platform);
                return ReportBuilt(folder, engine.BuildUserAsync(folder.Path, options, token));
            }, ct);
        }, ct));

    /// <summary>Builds generic and user images.</summary>
    public Target Build => _ => _
        .Description("Build the generic and the user images")
        .DependsOn(BuildGeneric, BuildUser);

    /// <summary>Pushes the generic images.</summary>
    public Target PushGeneric => _ => _
        .Description("Push the generic images (latest and the git sha) to --registry, each with its SBOM under the sidecar tag <tag>.sbom; a -dirty revision needs --allow-dirty")
        .DependsOn(Render)
        .After(BuildGeneric)
        .Requires(() => Registry)
        .Executes(ct => UseEngineAsync(async engine =>
        {
            var options = new PushOptions(Registry!) { Revisions = await PushRevisionsAsync(ct), Credentials = RegistryCredentials() };
            await ForEachEntryAsync("push", async (folder, token) =>
            {
                await ReportPushed(folder, engine.PushAsync(folder.Path, options, token));
                await ReportPushed(folder, PushSbomsAsync(engine, folder, options, token));
            }, ct);
            if (ImageIndex) await PublishImageIndexesAsync(options.Revisions, ct);
        }, ct));

    /// <summary>Pushes the user images.</summary>
    public Target PushUser => _ => _
        .Description("Push the user images (latest and the git sha) to --registry; a -dirty revision needs --allow-dirty")
        .DependsOn(Render)
        .After(BuildUser)
        .Requires(() => Registry)
        .Executes(ct => UseEngineAsync(async engine =>
        {
            var user = Checked(await LayerUserAsync(ct));
            var options = new PushOptions(Registry!)
            {
                Roles = [ImageRoles.RunUser, ImageRoles.DevUser], User = user.UserName,
                Revisions = await PushRevisionsAsync(ct), Credentials = RegistryCredentials(),
            };
            await ForEachEntryAsync("push", (folder, token) => ReportPushed(folder, engine.PushAsync(folder.Path, options, token)), ct);
        }, ct));

    /// <summary>Pulls generic images and retags them locally.</summary>
    public Target PullGeneric => _ => _
        .Description("Pull the generic images (--revision, default latest) from --registry and tag them with the local names")
        .DependsOn(Render)
        .Requires(() => Registry)
        .Executes(ct => UseEngineAsync(async engine =>
        {
            var options = new PushOptions(Registry!) { Revisions = [Revision ?? "latest"], Credentials = RegistryCredentials() };
            await ForEachEntryAsync("pull", (folder, token) => ReportPushed(folder, engine.PullAsync(folder.Path, options, token)), ct);
        }, ct));

    /// <summary>Connects to the engine (CK3001 within seconds when no daemon answers) and runs <paramref name="work"/>.</summary>
    protected async Task UseEngineAsync(Func<IContainerEngine, Task> work, CancellationToken cancellationToken)
    {
        // The host's environment first (a test's own DOCKER_HOST), then the process's (HOME, XDG_RUNTIME_DIR, ...).
        var endpoint = DockerEndpoint.FromEnvironment(name => EnvironmentVariables.TryGetValue(name, out var value) ? value : Environment.GetEnvironmentVariable(name));
        using var connection = await DockerConnection.ConnectAsync(endpoint, cancellationToken);
        var reporter = IsInteractive ? ConsoleProgressReporter.ForConsole() : new PlainProgressReporter(Output);
        await work(new DockerContainerEngine(connection, reporter));
    }

    /// <summary>Runs <paramref name="action"/> for every rendered entry of the selection, <c>--parallelism</c> at a time.</summary>
    private Task ForEachEntryAsync(string verb, Func<RenderedFolder, CancellationToken, Task> action, CancellationToken cancellationToken)
    {
        var folders = RenderedEntries();
        return new MatrixRunner(Output, IsInteractive, Parallelism ?? folders.Count, ContinueOnFailure).RunAsync(folders, verb, action, cancellationToken);
    }

    /// <summary>
    /// The tag revisions of a build: <c>latest</c> and the short git sha, <c>-dirty</c> with uncommitted changes or
    /// untracked files under the build inputs (build/, src/, global.json, the script definition and every dependency file a definition names).
    /// </summary>
    private async Task<IReadOnlyList<string>> TagRevisionsAsync(CancellationToken cancellationToken)
    {
        RenderedEntries();
        List<string> inputs;
        lock (_dependencyFiles) inputs = [.. GitRevision.DefaultInputs, .. _dependencyFiles, .. Definition is null ? [] : new[] { Definition }];
        return ["latest", await GitRevision.ReadAsync(RootDirectory, inputs, cancellationToken)];
    }

    /// <summary>
    /// The user of the per-user layer (BuildUser, Run, Dev, PushUser): --user/--usrid/--grp/--grpid, else the
    /// USR/USRID/GRP/GRPID of .env (written by Env), else the host's.
    /// </summary>
    private async Task<HostIdentity> LayerUserAsync(CancellationToken cancellationToken) =>
        EnvFile.ReadIdentity(Path.Combine(RootDirectory, EnvFileName), await HostUserAsync(cancellationToken)).With(User, Usrid, Grp, Grpid);

    /// <summary>The revisions a push sends; a <c>-dirty</c> one is refused (CK3013) unless <c>--allow-dirty</c>.</summary>
    private async Task<IReadOnlyList<string>> PushRevisionsAsync(CancellationToken cancellationToken)
    {
        var revisions = await TagRevisionsAsync(cancellationToken);
        var dirty = revisions.FirstOrDefault(GitRevision.IsDirty);
        if (dirty is null || AllowDirty) return revisions;
        throw EngineDiagnostics.Exception(EngineDiagnostics.DirtyRevisionId, RootDirectory,
            "refusing to push a -dirty revision: the build inputs have uncommitted changes or untracked files, so the tag names no commit", dirty,
            "commit the changes (or remove the untracked files), rebuild and push; or pass --allow-dirty to push it anyway");
    }

    /// <summary>The host's user and group (<c>id</c>), or user/1000 when they cannot be read.</summary>
    private static async Task<HostIdentity> HostUserAsync(CancellationToken cancellationToken) =>
        await HostIdentity.ReadAsync(cancellationToken) ?? new HostIdentity("user", 1000, "user", 1000);

    /// <summary><paramref name="user"/> when it is a valid non-root user, else the CK1007/CK1014 diagnostics.</summary>
    private static HostIdentity Checked(HostIdentity user)
    {
        var problems = new List<Diagnostic>();
        foreach (var (name, id) in new[] { ("--usrid or USRID", user.UserId), ("--grpid or GRPID", user.GroupId) }.Where(p => p.Item2 < 1))
        {
            problems.Add(DefinitionRules.IdRange.At(name, "the user layer needs a non-root id (0 is root)", id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        foreach (var (name, value) in new[] { ("--user or USR", user.UserName), ("--grp or GRP", user.GroupName) }.Where(p => !Grammar.IsAccountName(p.Item2)))
        {
            problems.Add(DefinitionRules.Name.At(name, "not a valid Linux user or group name", value));
        }
        if (problems.Count > 0) throw new DiagnosticException(problems);
        return user;
    }

    private RegistryCredentials? RegistryCredentials() =>
        RegistryUsername is not null ? new RegistryCredentials(RegistryUsername, RegistryPassword ?? "") : null;

    private async Task ReportBuilt(RenderedFolder folder, Task<IReadOnlyList<ImageBuildOutcome>> build)
    {
        foreach (var outcome in await build)
        {
            WriteLine($"  {MatrixRunner.NameOf(folder)} {outcome.Role}: {string.Join(", ", outcome.Tags)} ({(outcome.Skipped ? "up to date" : "built")}, {outcome.ImageId[..Math.Min(19, outcome.ImageId.Length)]})");
        }
    }

    private async Task ReportPushed(RenderedFolder folder, Task<IReadOnlyList<string>> transfer)
    {
        foreach (var image in await transfer) WriteLine($"  {MatrixRunner.NameOf(folder)}: {image}");
    }

    private void WriteLine(string line)
    {
        lock (Output) Output.WriteLine(line);
    }
}
