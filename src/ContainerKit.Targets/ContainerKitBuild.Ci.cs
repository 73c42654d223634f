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
    [Parameter("GenerateCi: repository secret holding the registry user name; default REGISTRY_USERNAME")]
    public string? CiUsernameSecret { get; set; }

    /// <summary>Repository secret with the registry password.</summary>
    [Parameter("GenerateCi: repository secret holding the registry password or token; default REGISTRY_PASSWORD")]
    public string? CiPasswordSecret { get; set; }

    /// <summary>Writes <see cref="ContainersWorkflow.RelativePath"/> for the selected entries.</summary>
    public Target GenerateCi => _ => _
        .Description($"Write {ContainersWorkflow.RelativePath}: a build job per matrix entry (push on the default branch) and a test job")
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
        return defaults with
        {
            DefaultBranch = CiDefaultBranch ?? defaults.DefaultBranch,
            Registry = CiRegistry ?? defaults.Registry,
            UsernameSecret = CiUsernameSecret ?? defaults.UsernameSecret,
            PasswordSecret = CiPasswordSecret ?? defaults.PasswordSecret,
        };
    }
}
