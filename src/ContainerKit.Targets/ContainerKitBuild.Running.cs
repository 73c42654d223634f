using ContainerKit.Diagnostics;
using ContainerKit.Docker.Emulation;
using ContainerKit.Docker.Engine;
using ContainerKit.Docker.Workspace;
using ContainerKit.Model;
using ContainerKit.Rendering;
using ContainerKit.Scripting.Compilation;
using ContainerKit.Targets.Host;
using ContainerKit.Targets.Matrix;
using ContainerKit.Validation;

namespace ContainerKit.Targets;

/// <summary>Container targets: run, dev, interactive shells, environment listing and .env (issue 4).</summary>
public abstract partial class ContainerKitBuild
{
    /// <summary>The .env file Env writes and Run/Dev pass to the container.</summary>
    public const string EnvFileName = ".env";

    /// <summary>Runs a command in the run image.</summary>
    public Target Run => _ => _
        .Description("Run --command in the run image (the user image when built, else the generic one) with the project and the entry's mounts (plus --mount) mounted; exits with the command's code")
        .DependsOn(Render)
        .Executes(ct => UseEngineAsync(async engine =>
        {
            var folder = SingleEntry(nameof(Run));
            var mounts = RunMounts.Resolve(folder.Manifest, MountOptions, RootDirectory, projectMounted: true);
            var image = await ChooseImageAsync(engine, folder, ImageRoles.Run, ImageRoles.RunUser, ct);
            var exit = await engine.RunAsync(ContainerOptions(folder, image, Command, mountProject: true, mounts), ct);
            if (exit != 0) throw new TargetExitException(exit, $"the command exited with {exit} in {image}");
        }, ct));

    /// <summary>Runs an interactive command in the dev image.</summary>
    public Target Dev => _ => _
        .Description("Open --command (default the dev image's login shell, zsh or bash per DevShell) in the dev image with the project and the entry's mounts (plus --mount) mounted, starting in it, on a terminal")
        .DependsOn(Render)
        .Executes(ct => RunInteractiveAsync(ImageRoles.Dev, ImageRoles.DevUser, mountProject: true, ct));

    /// <summary>Opens a shell in the dev image without the project.</summary>
    public Target EmptyInteractive => _ => _
        .Description("Open the dev image's login shell (or --command) without the project mounted (the entry's mounts and --mount still are)")
        .DependsOn(Render)
        .Executes(ct => RunInteractiveAsync(ImageRoles.Dev, ImageRoles.DevUser, mountProject: false, ct));

    /// <summary>Lists the packages inside the run image.</summary>
    public Target ListEnv => _ => _
        .Description("List the dpkg, pip and conda packages inside the generic run image (--revision, default latest)")
        .DependsOn(Render)
        .Executes(ct => UseEngineAsync(async engine =>
        {
            foreach (var folder in RenderedEntries())
            {
                var image = ImageTagTemplate.Expand(folder.Manifest.Image(ImageRoles.Run).TagTemplates[0], Revision ?? "latest", null);
                var listing = await engine.ListEnvironmentAsync(image, ct);
                // The lists are the product (stdout); ContainerKit's messages stay on Output (stderr).
                StandardOutput.WriteLine($"== {image}");
                foreach (var (title, text) in new[] { ("dpkg", listing.Dpkg), ("pip", listing.Pip), ("conda", listing.Conda) })
                {
                    StandardOutput.WriteLine($"-- {title}");
                    StandardOutput.WriteLine(text?.TrimEnd() ?? $"({title} is not available in the image)");
                }
            }
        }, ct));

    /// <summary>Writes the .env file.</summary>
    public Target Env => _ => _
        .Description("Write .env with the host user and group (USR, USRID, GRP, GRPID) and the project folder; --force overwrites")
        .Executes(async ct =>
        {
            var path = Path.Combine(RootDirectory, EnvFileName);
            if (File.Exists(path) && !Force)
            {
                Output.WriteLine($"{EnvFileName} exists; keeping it (--force rewrites it)");
                return;
            }
            var user = Checked((await HostUserAsync(ct)).With(User, Usrid, Grp, Grpid));
            AtomicFile.WriteAllText(path, EnvFile.Render(user, RootDirectory));
            Output.WriteLine($"wrote {EnvFileName} for {user.UserName} ({user.UserId}:{user.GroupId})");
        });

    private async Task RunInteractiveAsync(string genericRole, string userRole, bool mountProject, CancellationToken cancellationToken) =>
        await UseEngineAsync(async engine =>
        {
            var folder = SingleEntry(mountProject ? nameof(Dev) : nameof(EmptyInteractive));
            var mounts = RunMounts.Resolve(folder.Manifest, MountOptions, RootDirectory, mountProject);
            var image = await ChooseImageAsync(engine, folder, genericRole, userRole, cancellationToken);
            // No command: the dev image's CMD, the definition's DevShell as a login shell.
            var exit = await engine.RunInteractiveAsync(ContainerOptions(folder, image, Command, mountProject, mounts), cancellationToken);
            if (exit != 0) throw new TargetExitException(exit, $"the session exited with {exit}");
        }, cancellationToken);

    /// <summary>
    /// The one entry a one-entry target (Run, Dev, EmptyInteractive, Submit) acts on: of a selection over several
    /// platforms without --platform, the machine's own (said on stderr); an entry whose platform cannot run here is
    /// CK3140 naming the missing binfmt handler; several selected entries are a usage error listing them.
    /// </summary>
    protected RenderedFolder SingleEntry(string target)
    {
        var (folders, note) = NativePlatformSelection.Narrow(RenderedEntries(), f => f.Manifest.Platform, PlatformFilter.Length > 0, BinfmtHandlers.NativePlatform);
        if (note is not null) Output.WriteLine($"{target}: {note}");
        if (folders.Count == 1)
        {
            EmulationCheck.ForLocalDaemon()?.Require(MatrixRunner.NameOf(folders[0]), folders[0].Manifest.Platform);
            return folders[0];
        }
        throw new DiagnosticException(DefinitionRules.Selection.At("--environment/--platform/--acceleration",
            $"{target} runs one matrix entry but the selection has {folders.Count}",
            string.Join(", ", folders.Select(f => $"{f.Manifest.Environment}/{f.Manifest.Entry}"))));
    }

    /// <summary>The user image of this host's user when it exists, else the generic image (both at --revision, default latest).</summary>
    private async Task<string> ChooseImageAsync(IContainerEngine engine, RenderedFolder folder, string genericRole, string userRole, CancellationToken cancellationToken)
    {
        var revision = Revision ?? "latest";
        var user = await LayerUserAsync(cancellationToken);
        var userImage = ImageTagTemplate.Expand(folder.Manifest.Image(userRole).TagTemplates[0], revision, user.UserName);
        if (await engine.InspectImageAsync(userImage, cancellationToken) is not null) return userImage;
        var generic = ImageTagTemplate.Expand(folder.Manifest.Image(genericRole).TagTemplates[0], revision, null);
        Output.WriteLine($"using {generic} ({userImage} is not built; ./build.sh BuildUser builds it)");
        return generic;
    }

    private RunOptions ContainerOptions(RenderedFolder folder, string image, IReadOnlyList<string> command, bool mountProject, IReadOnlyList<ResolvedMount> mounts) =>
        new(image, command.Count == 1 ? ShellWords.Split(command[0]) : command)
        {
            Environment = [.. EnvFile.Read(Path.Combine(RootDirectory, EnvFileName)), .. EnvVars],
            ProjectFolder = mountProject ? RootDirectory : null,
            ProjectRootAt = mountProject ? folder.Manifest.ProjectRootAt : null,
            Devices = folder.Manifest.DeviceOptionsToPass(),
            Mounts = mounts,
            UnlimitedMemlock = HostLimits.CanRaiseMemlock(),
            // The command's stdout is the build's product (stdout); its stderr joins ContainerKit's messages on stderr.
            StandardOutput = StandardOutput,
            StandardError = Output,
        };
}
