using ContainerKit.Diagnostics;
using ContainerKit.Docker.Connection;
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
    /// <summary>Builds the generic (root) run and dev images.</summary>
    public Target BuildGeneric => _ => _
        .Description("Build the generic run and dev images for each matrix entry (tags latest and the git sha)")
        .DependsOn(Render)
        .Executes(ct => UseEngineAsync(async engine =>
        {
            var options = Stage is null
                ? new GenericBuildOptions { Revisions = await TagRevisionsAsync(ct), Pull = Pull, NoCache = NoCache, Rebuild = Force }
                : new GenericBuildOptions { Revisions = ["debug-" + Stage], Roles = [ImageRoles.Run], StageOverride = Stage, NoCache = NoCache };
            await ForEachEntryAsync("build", (folder, token) => ReportBuilt(engine.BuildGenericAsync(folder.Path, options, token)), ct);
        }, ct));

    /// <summary>Builds the per-user layer.</summary>
    public Target BuildUser => _ => _
        .Description("Build the per-user layer (USR/USRID/GRP/GRPID of the host or --user/--usrid/--grp/--grpid) on the generic images")
        .DependsOn(Render)
        .After(BuildGeneric)
        .Executes(ct => UseEngineAsync(async engine =>
        {
            var user = await UserIdentityAsync(ct);
            var options = new UserBuildOptions(user.UserName, user.UserId, user.GroupName, user.GroupId) { Revisions = await TagRevisionsAsync(ct), NoCache = NoCache };
            await ForEachEntryAsync("build user layer", (folder, token) => ReportBuilt(engine.BuildUserAsync(folder.Path, options, token)), ct);
        }, ct));

    /// <summary>Builds generic and user images.</summary>
    public Target Build => _ => _
        .Description("Build the generic and the user images")
        .DependsOn(BuildGeneric, BuildUser);

    /// <summary>Pushes the generic images.</summary>
    public Target PushGeneric => _ => _
        .Description("Push the generic images (latest and the git sha) to --registry")
        .DependsOn(Render)
        .After(BuildGeneric)
        .Requires(() => Registry)
        .Executes(ct => UseEngineAsync(async engine =>
        {
            var options = new PushOptions(Registry!) { Revisions = await TagRevisionsAsync(ct), Credentials = RegistryCredentials() };
            await ForEachEntryAsync("push", (folder, token) => ReportPushed(engine.PushAsync(folder.Path, options, token)), ct);
        }, ct));

    /// <summary>Pushes the user images.</summary>
    public Target PushUser => _ => _
        .Description("Push the user images to --registry")
        .DependsOn(Render)
        .After(BuildUser)
        .Requires(() => Registry)
        .Executes(ct => UseEngineAsync(async engine =>
        {
            var user = await UserIdentityAsync(ct);
            var options = new PushOptions(Registry!)
            {
                Roles = [ImageRoles.RunUser, ImageRoles.DevUser], User = user.UserName,
                Revisions = await TagRevisionsAsync(ct), Credentials = RegistryCredentials(),
            };
            await ForEachEntryAsync("push", (folder, token) => ReportPushed(engine.PushAsync(folder.Path, options, token)), ct);
        }, ct));

    /// <summary>Pulls generic images and retags them locally.</summary>
    public Target PullGeneric => _ => _
        .Description("Pull the generic images (--revision, default latest) from --registry and tag them with the local names")
        .DependsOn(Render)
        .Requires(() => Registry)
        .Executes(ct => UseEngineAsync(async engine =>
        {
            var options = new PushOptions(Registry!) { Revisions = [Revision ?? "latest"], Credentials = RegistryCredentials() };
            await ForEachEntryAsync("pull", (folder, token) => ReportPushed(engine.PullAsync(folder.Path, options, token)), ct);
        }, ct));

    /// <summary>Connects to the engine (CK3001 within seconds when no daemon answers) and runs <paramref name="work"/>.</summary>
    protected async Task UseEngineAsync(Func<IContainerEngine, Task> work, CancellationToken cancellationToken)
    {
        using var connection = await DockerConnection.ConnectAsync(cancellationToken);
        var reporter = IsInteractive ? ConsoleProgressReporter.ForConsole() : new PlainProgressReporter(Output);
        await work(new DockerContainerEngine(connection, reporter));
    }

    /// <summary>Runs <paramref name="action"/> for every rendered entry of the selection, <c>--parallelism</c> at a time.</summary>
    private Task ForEachEntryAsync(string verb, Func<RenderedFolder, CancellationToken, Task> action, CancellationToken cancellationToken)
    {
        var folders = RenderedEntries();
        return new MatrixRunner(Output, IsInteractive, Parallelism ?? folders.Count, ContinueOnFailure).RunAsync(folders, verb, action, cancellationToken);
    }

    /// <summary>The tag revisions of a build: <c>latest</c> and the short git sha (<c>-dirty</c> with uncommitted changes).</summary>
    private async Task<IReadOnlyList<string>> TagRevisionsAsync(CancellationToken cancellationToken) =>
        ["latest", await GitRevision.ReadAsync(RootDirectory, cancellationToken)];

    /// <summary>The user of the per-user layer: the host's, with the parameters' overrides; never root.</summary>
    private async Task<HostIdentity> UserIdentityAsync(CancellationToken cancellationToken)
    {
        var host = await HostIdentity.ReadAsync(cancellationToken) ?? new HostIdentity("user", 1000, "user", 1000);
        var user = host.With(User, Usrid, Grp, Grpid);
        var problems = new List<Diagnostic>();
        foreach (var (name, id) in new[] { ("--usrid", user.UserId), ("--grpid", user.GroupId) }.Where(p => p.Item2 < 1))
        {
            problems.Add(DefinitionRules.IdRange.At(name, "the user layer needs a non-root id (the host user is root here)", id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        foreach (var (name, value) in new[] { ("--user", user.UserName), ("--grp", user.GroupName) }.Where(p => !Grammar.IsAccountName(p.Item2)))
        {
            problems.Add(DefinitionRules.Name.At(name, "not a valid Linux user or group name", value));
        }
        if (problems.Count > 0) throw new DiagnosticException(problems);
        return user;
    }

    private RegistryCredentials? RegistryCredentials() =>
        RegistryUsername is not null ? new RegistryCredentials(RegistryUsername, RegistryPassword ?? "") : null;

    private async Task ReportBuilt(Task<IReadOnlyList<ImageBuildOutcome>> build)
    {
        foreach (var outcome in await build)
        {
            WriteLine($"  {outcome.Role}: {string.Join(", ", outcome.Tags)} ({(outcome.Skipped ? "up to date" : "built")}, {outcome.ImageId[..Math.Min(19, outcome.ImageId.Length)]})");
        }
    }

    private async Task ReportPushed(Task<IReadOnlyList<string>> transfer)
    {
        foreach (var image in await transfer) WriteLine($"  {image}");
    }

    private void WriteLine(string line)
    {
        lock (Output) Output.WriteLine(line);
    }
}
