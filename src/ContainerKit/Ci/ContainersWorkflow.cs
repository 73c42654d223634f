using ContainerKit.Model;
using ContainerKit.Rendering;
using YamlDotNet.RepresentationModel;

namespace ContainerKit.Ci;

/// <summary>
/// Renders the GitHub Actions workflow that builds every matrix entry in its own job (on a runner of the
/// entry's platform) and pushes the images on the default branch, plus a job running the tests.
/// Deterministic: jobs sorted by id, LF line ends, nothing taken from the clock or the machine.
/// </summary>
public static class ContainersWorkflow
{
    /// <summary>Where the workflow lives, relative to the repository root.</summary>
    public const string RelativePath = ".github/workflows/containers.yml";

    /// <summary>The id of the job running the tests.</summary>
    public const string TestJobId = "test";

    /// <summary>The workflow building <paramref name="entries"/>.</summary>
    /// <exception cref="ArgumentException">Two entries map to the same job id.</exception>
    public static string Render(IReadOnlyList<WorkflowEntry> entries, WorkflowSettings settings)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(settings);
        if (entries.GroupBy(e => e.JobId, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } clash)
        {
            throw new ArgumentException($"several entries map to the job id {clash.Key}: {string.Join(", ", clash)}", nameof(entries));
        }

        var jobs = new YamlMappingNode { { TestJobId, TestJob(settings) } };
        foreach (var entry in entries.OrderBy(e => e.JobId, StringComparer.Ordinal)) jobs.Add(entry.JobId, BuildJob(entry, settings));
        return Yaml.Write(new YamlMappingNode
        {
            { "name", settings.Name },
            {
                "on", new YamlMappingNode
                {
                    { "push", new YamlMappingNode { { "branches", new YamlSequenceNode(settings.DefaultBranch) } } },
                    { "pull_request", new YamlMappingNode() },
                    { "workflow_dispatch", new YamlMappingNode() },
                }
            },
            { "permissions", new YamlMappingNode { { "contents", "read" } } },
            {
                // One run per ref; a newer push cancels a running pull-request build, never a default-branch push.
                "concurrency", new YamlMappingNode
                {
                    { "group", "${{ github.workflow }}-${{ github.ref }}" },
                    { "cancel-in-progress", "${{ github.event_name == 'pull_request' }}" },
                }
            },
            { "jobs", jobs },
        });
    }

    /// <summary>The <c>if:</c> condition of the push steps: a push to the default branch.</summary>
    public static string PushCondition(WorkflowSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return $"github.event_name == 'push' && github.ref == 'refs/heads/{settings.DefaultBranch.Replace("'", "''", StringComparison.Ordinal)}'";
    }

    private static YamlMappingNode TestJob(WorkflowSettings settings) =>
        Job("test", settings.RunnerLabel(Platform.Amd64), settings, Run("Test", $"{settings.BuildScript} Test"));

    private static YamlMappingNode BuildJob(WorkflowEntry entry, WorkflowSettings settings)
    {
        var selection = $"--environment {entry.Environment} --platform {entry.Entry.PlatformName} --acceleration {entry.Entry.AccelerationName}";
        var push = new YamlMappingNode
        {
            { "name", "Push" },
            { "if", PushCondition(settings) },
            {
                // Credentials reach the build through environment variables, never through the command line.
                "env", new YamlMappingNode
                {
                    { settings.RegistryVariable, settings.Registry },
                    { settings.UsernameVariable, $"${{{{ secrets.{settings.UsernameSecret} }}}}" },
                    { settings.PasswordVariable, $"${{{{ secrets.{settings.PasswordSecret} }}}}" },
                }
            },
            { "run", $"{settings.BuildScript} PushGeneric {selection} --registry \"${settings.RegistryVariable}\"" },
        };
        return Job($"build {entry.Environment} {entry.Entry.Key}", settings.RunnerLabel(entry.Entry.Platform), settings,
            Run("Build", $"{settings.BuildScript} BuildGeneric {selection}"), push);
    }

    private static YamlMappingNode Job(string name, string runsOn, WorkflowSettings settings, params YamlMappingNode[] steps)
    {
        var checkout = new YamlMappingNode { { "name", "Check out" }, { "uses", settings.CheckoutAction } };
        var setup = new YamlMappingNode
        {
            { "name", "Set up .NET" },
            { "uses", settings.SetupDotNetAction },
            { "with", new YamlMappingNode { { "global-json-file", settings.GlobalJsonFile } } },
        };
        return new YamlMappingNode
        {
            { "name", name },
            { "runs-on", runsOn },
            { "steps", new YamlSequenceNode(new YamlNode[] { checkout, setup }.Concat(steps)) },
        };
    }

    private static YamlMappingNode Run(string name, string command) => new() { { "name", name }, { "run", command } };
}
