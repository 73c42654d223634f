using ContainerKit.Ci;
using ContainerKit.Rendering;
using ContainerKit.Scripting.Compilation;
using ContainerKit.Targets.Host;

namespace ContainerKit.Targets;

/// <summary>CI workflow generation (issue 5).</summary>
public abstract partial class ContainerKitBuild
{
    /// <summary>Branch whose pushes build and push the images in the generated workflow.</summary>
    [Parameter("GenerateCi: the default branch, whose pushes push the images; default main")]
    public string? CiDefaultBranch { get; set; }

    /// <summary>Registry the generated workflow pushes to.</summary>
    [Parameter("GenerateCi: registry the workflow pushes to (may be a GitHub expression); default ghcr.io/${{ github.repository_owner }}")]
    public string? CiRegistry { get; set; }

    /// <summary>Repository secret with the registry user name.</summary>
    [Parameter("GenerateCi: repository secret holding the registry user name (not used for ghcr.io: github.actor and GITHUB_TOKEN log in there); default REGISTRY_USERNAME")]
    public string? CiUsernameSecret { get; set; }

    /// <summary>Repository secret with the registry password.</summary>
    [Parameter("GenerateCi: repository secret holding the registry password or token (not used for ghcr.io); default REGISTRY_PASSWORD")]
    public string? CiPasswordSecret { get; set; }

    /// <summary>The command of the repository's own test job; <c>none</c> for no test job.</summary>
    [Parameter("GenerateCi: command of the repository's own test job ('none': no test job); default pytest when the repository has tests (tests/ or test/)")]
    public string? CiTestCommand { get; set; }

    /// <summary>A file only ContainerKit's own repository has: there the workflow runs ContainerKit's tests and publishes its packages.</summary>
    public const string ContainerKitRepositoryMarker = "src/ContainerKit.Targets/ContainerKit.Targets.csproj";

    /// <summary>The folders whose presence means the repository has tests of its own.</summary>
    public static readonly IReadOnlyList<string> TestFolders = ["tests", "test"];

    /// <summary>Writes <see cref="ContainersWorkflow.RelativePath"/> for the selected entries.</summary>
    public Target GenerateCi => _ => _
        .Description($"Write {ContainersWorkflow.RelativePath}: a build job per matrix entry (layer cache, push on the default branch) and a test job when the repository has tests")
        .Executes(() =>
        {
            var plan = RenderPipeline.Plan(LoadEnvironments(), Selection, ReadProjectFile);
            var entries = plan.Entries.Select(e => new WorkflowEntry(e.Environment, e.Entry)).ToList();
            var workflow = ContainersWorkflow.Render(entries, WorkflowSettings());
            var path = Path.Combine(RootDirectory, ContainersWorkflow.RelativePath);
            var changed = !File.Exists(path) || File.ReadAllText(path) != workflow;
            if (changed) AtomicFile.WriteAllText(path, workflow);
            Output.WriteLine($"{(changed ? "wrote    " : "unchanged")} {ContainersWorkflow.RelativePath}");
        });

    private WorkflowSettings WorkflowSettings()
    {
        var defaults = new WorkflowSettings();
        var self = File.Exists(Path.Combine(RootDirectory, ContainerKitRepositoryMarker));
        return defaults with
        {
            ContainerKitTests = self,
            PublishPackages = self,
            TestCommand = self ? null : RepositoryTestCommand(),
            DefaultBranch = CiDefaultBranch ?? defaults.DefaultBranch,
            Registry = CiRegistry ?? defaults.Registry,
            UsernameSecret = CiUsernameSecret ?? defaults.UsernameSecret,
            PasswordSecret = CiPasswordSecret ?? defaults.PasswordSecret,
        };
    }

    /// <summary>
    /// The repository's own test command: <c>--ci-test-command</c>, else pytest (after installing the project when it
    /// has a pyproject.toml or setup.py) when a test folder exists, else none.
    /// </summary>
    private string? RepositoryTestCommand()
    {
        if (CiTestCommand is { } command) return command.Equals("none", StringComparison.OrdinalIgnoreCase) ? null : command;
        if (!TestFolders.Any(f => Directory.Exists(Path.Combine(RootDirectory, f)))) return null;
        var installable = File.Exists(Path.Combine(RootDirectory, "pyproject.toml")) || File.Exists(Path.Combine(RootDirectory, "setup.py"));
        return installable
            ? "python -m pip install pytest -e . && python -m pytest"
            : "python -m pip install pytest && python -m pytest";
    }
}
