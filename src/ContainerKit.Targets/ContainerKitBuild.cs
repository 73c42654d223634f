using ContainerKit.Targets.Host;
using ContainerKit.Targets.Host.Testing;

namespace ContainerKit.Targets;

/// <summary>
/// The reusable ContainerKit targets and their parameters; a project's <c>build/Build.cs</c>
/// derives from it. Targets whose body arrives with a later issue fail with "not implemented yet".
/// </summary>
public abstract partial class ContainerKitBuild : NukeBuild
{
    /// <summary>Environment definitions to act on (class names); default all.</summary>
    [Parameter("Environments to act on (definition class names); default all", Name = "environment")]
    public string[] EnvironmentFilter { get; set; } = [];

    /// <summary>Platforms of the matrix to act on; default all.</summary>
    [Parameter("Matrix platforms to act on (amd64, arm64); default all", Name = "platform")]
    public string[] PlatformFilter { get; set; } = [];

    /// <summary>Accelerations of the matrix to act on; default all.</summary>
    [Parameter("Matrix accelerations to act on by name (cpu, cuda, rocm or a name the matrices declare, e.g. cu124); default all", Name = "acceleration")]
    public string[] AccelerationFilter { get; set; } = [];

    /// <summary>Registry to push to or pull from.</summary>
    [Parameter("Registry to push to / pull from (host[:port][/namespace])")]
    public string? Registry { get; set; }

    /// <summary>Registry user name.</summary>
    [Parameter("Registry user name")]
    public string? RegistryUsername { get; set; }

    /// <summary>Registry password or token.</summary>
    [Parameter("Registry password or token"), Secret]
    public string? RegistryPassword { get; set; }

    /// <summary>Command for Run / Dev.</summary>
    [Parameter("Command to run in the container (Run, Dev; Submit: instead of the job's own)")]
    public string[] Command { get; set; } = [];

    /// <summary>Ad hoc mounts host:container[:ro] for Run, Dev and EmptyInteractive.</summary>
    [Parameter("Extra mounts host-path:/container/path[:ro] for Run, Dev and EmptyInteractive (host paths relative to the project root or absolute)", Name = "mount")]
    public string[] MountOptions { get; set; } = [];

    /// <summary>Extra KEY=VALUE environment variables for Run / Dev.</summary>
    [Parameter("Extra environment variables KEY=VALUE for Run and Dev", Name = "env")]
    public string[] EnvVars { get; set; } = [];

    /// <summary>Overwrite existing files / rebuild even when up to date.</summary>
    [Parameter("Overwrite existing files (Env, Import) and build even when the image is up to date")]
    public bool Force { get; set; }

    /// <summary>How many matrix entries build concurrently; default all selected entries.</summary>
    [Parameter("How many matrix entries build concurrently; default all selected entries")]
    public int? Parallelism { get; set; }

    /// <summary>Stop BuildGeneric at this Dockerfile stage, for debugging.</summary>
    [Parameter("Build only up to this Dockerfile stage (e.g. python-env), tagged <image>:<entry>-run-debug-<stage>-root, for debugging")]
    public string? Stage { get; set; }

    /// <summary>Definition file for Import / EditPlatform / EditFromBase.</summary>
    [Parameter("Definition file or template folder (Import, EditPlatform, EditFromBase)")]
    public string? Definition { get; set; }

    /// <summary>Image revision tag part: latest or a git sha.</summary>
    [Parameter("Image revision to pull or run: latest or a git sha")]
    public string? Revision { get; set; }

    /// <summary>Push a revision built from uncommitted changes (<c>-dirty</c>).</summary>
    [Parameter("PushGeneric/PushUser: push even a -dirty revision (built from uncommitted changes or untracked files)")]
    public bool AllowDirty { get; set; }

    /// <summary>Compile edited definition classes in a warm background server (default: on, off under CI=true).</summary>
    [Parameter("Compile edited definitions in a background compiler server that keeps Roslyn warm for 10 idle minutes (default: true, false under CI=true)")]
    public bool? CompilerServer { get; set; }

    /// <summary>Pull the base image before building.</summary>
    [Parameter("Always pull the base image when building")]
    public bool Pull { get; set; }

    /// <summary>Write BuildKit's inline layer cache into the generic images.</summary>
    [Parameter("BuildGeneric: write BuildKit's inline layer cache into the images, so once pushed they serve as --cache-from for later builds")]
    public bool InlineCache { get; set; }

    /// <summary>Registry of the last pushed images to reuse layers from.</summary>
    [Parameter("BuildGeneric: reuse the layers of the last pushed latest images in this registry (host[:port][/namespace]; needs images built with --inline-cache)")]
    public string? CacheFrom { get; set; }

    /// <summary>Build without the layer cache.</summary>
    [Parameter("Build without the layer cache")]
    public bool NoCache { get; set; }

    /// <summary>User name of the per-user layer.</summary>
    [Parameter("User name (USR) of the per-user layer; default USR of .env, else the host user")]
    public string? User { get; set; }

    /// <summary>User id of the per-user layer.</summary>
    [Parameter("User id (USRID) of the per-user layer; default USRID of .env, else the host's id -u")]
    public int? Usrid { get; set; }

    /// <summary>Group name of the per-user layer.</summary>
    [Parameter("Group name (GRP) of the per-user layer; default GRP of .env, else the host's group")]
    public string? Grp { get; set; }

    /// <summary>Group id of the per-user layer.</summary>
    [Parameter("Group id (GRPID) of the per-user layer; default GRPID of .env, else the host's id -g")]
    public int? Grpid { get; set; }

    private static void Later(string target, int issue) =>
        throw new NotImplementedException($"{target}: comes with issue {issue}");
}
