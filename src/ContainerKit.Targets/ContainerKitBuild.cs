using ContainerKit.Targets.Host;
using ContainerKit.Targets.Host.Testing;

namespace ContainerKit.Targets;

/// <summary>
/// The reusable ContainerKit targets and their parameters; a project's <c>build/Build.cs</c>
/// derives from it. Targets whose body arrives with a later issue fail with "not implemented yet".
/// </summary>
public abstract class ContainerKitBuild : NukeBuild
{
    /// <summary>Environment definitions to act on (class names); default all.</summary>
    [Parameter("Environments to act on (definition class names); default all", Name = "environment")]
    public string[] EnvironmentFilter { get; set; } = [];

    /// <summary>Platforms of the matrix to act on; default all.</summary>
    [Parameter("Matrix platforms to act on (amd64, arm64); default all", Name = "platform")]
    public string[] PlatformFilter { get; set; } = [];

    /// <summary>Accelerations of the matrix to act on; default all.</summary>
    [Parameter("Matrix accelerations to act on (cpu, cuda); default all", Name = "acceleration")]
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
    [Parameter("Command to run in the container (Run, Dev)")]
    public string[] Command { get; set; } = [];

    /// <summary>Extra KEY=VALUE environment variables for Run / Dev.</summary>
    [Parameter("Extra environment variables KEY=VALUE for Run and Dev", Name = "env")]
    public string[] EnvVars { get; set; } = [];

    /// <summary>Overwrite existing files / rebuild even when up to date.</summary>
    [Parameter("Overwrite existing files (Env, Import) and build even when the image is up to date")]
    public bool Force { get; set; }

    /// <summary>How many images build concurrently.</summary>
    [Parameter("How many matrix entries build concurrently")]
    public int Parallelism { get; set; } = 2;

    /// <summary>Image stage: run or dev.</summary>
    [Parameter("Image stage to act on: run or dev; default both")]
    public string? Stage { get; set; }

    /// <summary>Definition file for Import / EditPlatform / EditFromBase.</summary>
    [Parameter("Definition file or template folder (Import, EditPlatform, EditFromBase)")]
    public string? Definition { get; set; }

    /// <summary>Image revision tag part: latest or a git sha.</summary>
    [Parameter("Image revision to pull or run: latest or a git sha")]
    public string? Revision { get; set; }

    /// <summary>Pull the base image before building.</summary>
    [Parameter("Always pull the base image when building")]
    public bool Pull { get; set; }

    /// <summary>Build without the layer cache.</summary>
    [Parameter("Build without the layer cache")]
    public bool NoCache { get; set; }

    /// <summary>User name of the per-user layer.</summary>
    [Parameter("User name of the per-user layer; default the host user (USER)")]
    public string? User { get; set; }

    /// <summary>User id of the per-user layer.</summary>
    [Parameter("User id of the per-user layer; default the host's id -u")]
    public int? Usrid { get; set; }

    /// <summary>Group name of the per-user layer.</summary>
    [Parameter("Group name of the per-user layer; default the host's group")]
    public string? Grp { get; set; }

    /// <summary>Group id of the per-user layer.</summary>
    [Parameter("Group id of the per-user layer; default the host's id -g")]
    public int? Grpid { get; set; }

    /// <summary>Renders every matrix entry.</summary>
    public Target Render => _ => _
        .Description("Render Dockerfiles, entrypoints, compose and render.json to artifacts/containers")
        .Executes(() => Later(nameof(Render), 3));

    /// <summary>Lints the rendered files.</summary>
    public Target Lint => _ => _
        .Description("Lint the rendered Dockerfiles and scripts")
        .DependsOn(Render)
        .Executes(() => Later(nameof(Lint), 3));

    /// <summary>Builds the generic (root) run and dev images.</summary>
    public Target BuildGeneric => _ => _
        .Description("Build the generic run and dev images for each matrix entry")
        .DependsOn(Lint)
        .Executes(() => Later(nameof(BuildGeneric), 4));

    /// <summary>Builds the per-user layer.</summary>
    public Target BuildUser => _ => _
        .Description("Build the per-user layer (USER/USRID/GRP/GRPID) on the generic images")
        .DependsOn(Render)
        .After(BuildGeneric)
        .Executes(() => Later(nameof(BuildUser), 4));

    /// <summary>Builds generic and user images.</summary>
    public Target Build => _ => _
        .Description("Build the generic and the user images")
        .DependsOn(BuildGeneric, BuildUser);

    /// <summary>Pushes the generic images.</summary>
    public Target PushGeneric => _ => _
        .Description("Push the generic images to --registry")
        .DependsOn(Render)
        .After(BuildGeneric)
        .Requires(() => Registry)
        .Executes(() => Later(nameof(PushGeneric), 4));

    /// <summary>Pushes the user images.</summary>
    public Target PushUser => _ => _
        .Description("Push the user images to --registry")
        .DependsOn(Render)
        .After(BuildUser)
        .Requires(() => Registry)
        .Executes(() => Later(nameof(PushUser), 4));

    /// <summary>Pulls generic images and retags them locally.</summary>
    public Target PullGeneric => _ => _
        .Description("Pull the generic images from --registry and tag them locally")
        .DependsOn(Render)
        .Requires(() => Registry)
        .Executes(() => Later(nameof(PullGeneric), 4));

    /// <summary>Lists the Python environment in the image.</summary>
    public Target ListEnv => _ => _
        .Description("List the conda/pip packages inside the image")
        .DependsOn(Render)
        .Executes(() => Later(nameof(ListEnv), 4));

    /// <summary>Opens a shell in the dev image without the project.</summary>
    public Target EmptyInteractive => _ => _
        .Description("Open a shell in the dev image without the project mounted")
        .DependsOn(Render)
        .Executes(() => Later(nameof(EmptyInteractive), 4));

    /// <summary>Runs a command in the run image.</summary>
    public Target Run => _ => _
        .Description("Run --command in the run image with the project mounted")
        .DependsOn(Render, Env)
        .Executes(() => Later(nameof(Run), 4));

    /// <summary>Runs a command in the dev image.</summary>
    public Target Dev => _ => _
        .Description("Run --command (default a shell) in the dev image with the project mounted")
        .DependsOn(Render, Env)
        .Executes(() => Later(nameof(Dev), 4));

    /// <summary>Writes the .env file.</summary>
    public Target Env => _ => _
        .Description("Write .env with the host user, group and project values")
        .Executes(() => Later(nameof(Env), 4));

    /// <summary>Rewrites dependency files from the image.</summary>
    public Target FreezeEnv => _ => _
        .Description("Rewrite the dependency files from what is installed in the image")
        .DependsOn(Render)
        .Executes(() => Later(nameof(FreezeEnv), 5));

    /// <summary>Changes or copies a definition's platform/acceleration.</summary>
    public Target EditPlatform => _ => _
        .Description("Change or copy a definition to another platform/acceleration (syntax rewrite)")
        .Executes(() => Later(nameof(EditPlatform), 5));

    /// <summary>Switches a definition between from-python and from-scratch.</summary>
    public Target EditFromBase => _ => _
        .Description("Switch a definition between the from-python and from-scratch bases (syntax rewrite)")
        .Executes(() => Later(nameof(EditFromBase), 5));

    /// <summary>Imports a template installation folder as a definition.</summary>
    public Target Import => _ => _
        .Description("Import a research-image template folder (--definition) as a C# definition")
        .Executes(() => Later(nameof(Import), 5));

    /// <summary>Generates the CI workflow.</summary>
    public Target GenerateCi => _ => _
        .Description("Generate the CI workflow that builds the matrix in parallel jobs")
        .Executes(() => Later(nameof(GenerateCi), 5));

    /// <summary>Runs unit and integration tests.</summary>
    public Target Test => _ => _
        .Description("Run the unit and the integration tests")
        .DependsOn(UnitTest, IntegrationTest);

    /// <summary>Runs the unit tests.</summary>
    public Target UnitTest => _ => _
        .Description("Run tests/ContainerKit.Tests")
        .ProceedAfterFailure()
        .Executes(ct => RunTests("tests/ContainerKit.Tests", ct));

    /// <summary>Runs the integration tests against a real engine.</summary>
    public Target IntegrationTest => _ => _
        .Description("Run tests/ContainerKit.IntegrationTests against a real Docker engine")
        .DependsOn(TestEngine)
        .After(UnitTest)
        .ProceedAfterFailure()
        .Executes(ct => RunTests("tests/ContainerKit.IntegrationTests", ct));

    /// <summary>Ensures a daemon, base image and registry for integration tests.</summary>
    public Target TestEngine => _ => _
        .Description("Make sure a Docker daemon, the test base image and a local registry exist")
        .ProceedAfterFailure()
        .Executes(() => Later(nameof(TestEngine), 4));

    private Task RunTests(string project, CancellationToken cancellationToken)
    {
        // CI=true makes engine-dependent tests fail instead of skip; pass the caller's value on.
        var environment = EnvironmentVariables.TryGetValue("CI", out var ci)
            ? new Dictionary<string, string> { ["CI"] = ci }
            : new Dictionary<string, string>();
        return new DotNetTestRunner(RootDirectory, Output).RunAsync(project, environment, cancellationToken);
    }

    private static void Later(string target, int issue) =>
        throw new NotImplementedException($"{target}: comes with issue {issue}");
}
