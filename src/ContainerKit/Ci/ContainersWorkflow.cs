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

    /// <summary>The id of the job publishing the NuGet packages.</summary>
    public const string PublishJobId = "publish";

    /// <summary>The version tags whose push publishes the packages.</summary>
    public const string VersionTagPattern = "v*";

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

        var jobs = new YamlMappingNode();
        if (TestJob(settings) is { } test) jobs.Add(TestJobId, test);
        if (settings.PublishPackages) jobs.Add(PublishJobId, PublishJob(settings));
        foreach (var entry in entries.OrderBy(e => e.JobId, StringComparer.Ordinal)) jobs.Add(entry.JobId, BuildJob(entry, settings));
        foreach (var environment in entries.GroupBy(e => e.Environment, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (environment.Select(e => e.Entry.Platform).Distinct().Count() > 1) jobs.Add(IndexJobId(environment.Key), IndexJob(environment.Key, environment.ToList(), settings));
        }
        var push = new YamlMappingNode { { "branches", new YamlSequenceNode(settings.DefaultBranch) } };
        if (settings.PublishPackages) push.Add("tags", new YamlSequenceNode(new YamlScalarNode(VersionTagPattern) { Style = YamlDotNet.Core.ScalarStyle.SingleQuoted }));
        return Yaml.Write(new YamlMappingNode
        {
            { "name", settings.Name },
            {
                "on", new YamlMappingNode
                {
                    { "push", push },
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

    /// <summary>
    /// ContainerKit's own tests (under sudo: provisioning a test engine needs root, and a hosted runner's user is
    /// non-root with passwordless sudo), or the repository's own test command, or no test job.
    /// </summary>
    private static YamlMappingNode? TestJob(WorkflowSettings settings)
    {
        var runner = settings.RunnerLabel(Platform.Amd64);
        if (settings.ContainerKitTests)
        {
            return Job("test", runner, settings, Run("Test", $"sudo --preserve-env env \"PATH=$PATH\" CI=true {settings.BuildScript} Test"));
        }

        if (settings.TestCommand is not { } command) return null;
        var python = new YamlMappingNode
        {
            { "name", "Set up Python" },
            { "uses", settings.SetupPythonAction },
            { "with", new YamlMappingNode { { "python-version", "3.x" } } },
        };
        return Job("test", runner, settings, python, Run("Test", command));
    }

    /// <summary>On a pushed version tag: pack, check the tag against the packages' version, push them to the feed.</summary>
    private static YamlMappingNode PublishJob(WorkflowSettings settings)
    {
        var publish = new YamlMappingNode
        {
            { "name", "Publish" },
            { "env", new YamlMappingNode { { "NUGET_API_KEY", $"${{{{ secrets.{settings.PackageFeedKeySecret} }}}}" } } },
            {
                "run", Script(
                    "version=\"${GITHUB_REF_NAME#v}\"",
                    "ls \"artifacts/packages/ContainerKit.$version.nupkg\" || { echo \"tag $GITHUB_REF_NAME does not match ContainerKitVersion\" >&2; exit 1; }",
                    $"dotnet nuget push \"artifacts/packages/*.$version.nupkg\" --source {settings.PackageFeed} --api-key \"$NUGET_API_KEY\" --skip-duplicate")
            },
        };
        var job = Job("publish packages", settings.RunnerLabel(Platform.Amd64), settings, Run("Pack", $"{settings.BuildScript} Pack"), publish);
        job.Children.Add(new YamlScalarNode("if"), new YamlScalarNode($"github.event_name == 'push' && startsWith(github.ref, 'refs/tags/{VersionTagPattern.TrimEnd('*')}')"));
        if (settings.ContainerKitTests) job.Children.Add(new YamlScalarNode("needs"), new YamlScalarNode(TestJobId));
        return job;
    }

    /// <summary>The id of the job that publishes an environment's multi-platform image indexes: <c>index-&lt;environment&gt;</c>.</summary>
    public static string IndexJobId(string environment) =>
        string.Concat($"index-{environment}".Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-'));

    /// <summary>
    /// After every platform's build job of <paramref name="environment"/> has pushed (on the default branch), publishes
    /// one multi-platform image index per acceleration, role and revision over the pushed platforms.
    /// </summary>
    private static YamlMappingNode IndexJob(string environment, IReadOnlyList<WorkflowEntry> entries, WorkflowSettings settings)
    {
        var publish = new YamlMappingNode
        {
            { "name", "Publish the multi-platform image indexes" },
            { "env", PushEnvironment(settings) },
            { "run", $"{settings.BuildScript} PushImageIndex --environment {environment} --registry \"${settings.RegistryVariable}\"" },
        };
        var job = Job($"image indexes {environment}", settings.RunnerLabel(Platform.Amd64), settings, Login(settings), publish);
        job.Children.Add(new YamlScalarNode("needs"), new YamlSequenceNode(entries.Select(e => new YamlScalarNode(e.JobId)).OrderBy(n => n.Value, StringComparer.Ordinal)));
        job.Children.Add(new YamlScalarNode("if"), new YamlScalarNode(PushCondition(settings)));
        job.Children.Add(new YamlScalarNode("permissions"), new YamlMappingNode { { "contents", "read" }, { "packages", "write" } });
        return job;
    }

    /// <summary>The variables of a pushing step: credentials reach the build through the environment, never through the command line.</summary>
    private static YamlMappingNode PushEnvironment(WorkflowSettings settings) => new()
    {
        { settings.RegistryVariable, settings.Registry },
        { settings.UsernameVariable, settings.UsernameExpression },
        { settings.PasswordVariable, settings.PasswordExpression },
    };

    /// <summary>Logs in to the registry; pull requests from forks get no credentials (they still read public cache images).</summary>
    private static YamlMappingNode Login(WorkflowSettings settings) => new()
    {
        { "name", "Log in to the registry" },
        { "if", "github.event_name != 'pull_request' || !github.event.pull_request.head.repo.fork" },
        { "uses", settings.LoginAction },
        {
            "with", new YamlMappingNode
            {
                { "registry", settings.RegistryHost },
                { "username", settings.UsernameExpression },
                { "password", settings.PasswordExpression },
            }
        },
    };

    private static YamlMappingNode BuildJob(WorkflowEntry entry, WorkflowSettings settings)
    {
        var selection = $"--environment {entry.Environment} --platform {entry.Entry.PlatformName} --acceleration {entry.Entry.AccelerationName}";
        var registryEnv = new YamlMappingNode { { settings.RegistryVariable, settings.Registry } };
        var login = Login(settings);
        // The images carry BuildKit's inline cache; each build reuses the layers of the last pushed images.
        var build = new YamlMappingNode
        {
            { "name", "Build" },
            { "env", registryEnv },
            { "run", $"{settings.BuildScript} BuildGeneric {selection} --inline-cache --cache-from \"${settings.RegistryVariable}\"" },
        };
        var push = new YamlMappingNode
        {
            { "name", "Push" },
            { "if", PushCondition(settings) },
            { "env", PushEnvironment(settings) },
            { "run", $"{settings.BuildScript} PushGeneric {selection} --registry \"${settings.RegistryVariable}\"" },
        };
        var steps = entry.FreeDiskSpace ? new[] { FreeDiskSpace(), login, build, push } : new[] { login, build, push };
        var job = Job($"build {entry.Environment} {entry.Entry.Key}", settings.RunnerLabel(entry.Entry.Platform), settings, steps);
        job.Children.Add(new YamlScalarNode("permissions"), new YamlMappingNode { { "contents", "read" }, { "packages", "write" } });
        return job;
    }

    /// <summary>Removes preinstalled toolchains the build does not use (about 30 GB on a hosted runner) and unused images.</summary>
    private static YamlMappingNode FreeDiskSpace() => new()
    {
        { "name", "Free disk space" },
        {
            "run", Script(
                "df -h /",
                "sudo rm -rf /usr/local/lib/android /opt/ghc /usr/local/.ghcup /opt/hostedtoolcache/CodeQL /usr/local/share/boost /usr/share/swift",
                "docker image prune --all --force",
                "df -h /")
        },
    };

    /// <summary>A multi-line <c>run:</c> script, written as a literal block.</summary>
    private static YamlScalarNode Script(params string[] lines) => new(string.Join('\n', lines) + "\n") { Style = YamlDotNet.Core.ScalarStyle.Literal };

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
