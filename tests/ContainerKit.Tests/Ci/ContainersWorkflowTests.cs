using ContainerKit.Ci;
using ContainerKit.Model;
using ContainerKit.Targets;
using ContainerKit.Targets.Host;
using ContainerKit.Tests.Core;
using YamlDotNet.RepresentationModel;

namespace ContainerKit.Tests.Ci;

/// <summary>The generated workflow: its structure read back as YAML, determinism and the snapshot.</summary>
public sealed class ContainersWorkflowTests
{
    private const string PushOnMain = "github.event_name == 'push' && github.ref == 'refs/heads/main'";

    [Fact]
    public void Workflow_has_triggers_read_only_permissions_and_per_ref_concurrency()
    {
        var root = WorkflowCases.Parse(WorkflowCases.ExampleWorkflow());

        Assert.Equal("containers", root.Text("name"));
        var on = root.Map("on");
        Assert.Equal(["push", "pull_request", "workflow_dispatch"], on.Keys());
        Assert.Equal("main", Assert.IsType<YamlScalarNode>(Assert.Single(on.Map("push").List("branches"))).Value);
        Assert.Equal("v*", Assert.IsType<YamlScalarNode>(Assert.Single(on.Map("push").List("tags"))).Value);
        Assert.Equal(["contents"], root.Map("permissions").Keys());
        Assert.Equal("read", root.Map("permissions").Text("contents"));
        Assert.Contains("${{ github.ref }}", root.Map("concurrency").Text("group"));
    }

    [Fact]
    public void Workflow_has_a_test_job_a_publish_job_and_one_build_job_per_entry_sorted_by_id()
    {
        var jobs = WorkflowCases.Parse(WorkflowCases.ExampleWorkflow()).Map("jobs");

        Assert.Equal(
            ["test", "publish", "build-conda-research-amd64-cuda", "build-conda-research-arm64-cuda", "build-research-amd64-cpu", "build-research-amd64-cu124",
             "build-research-amd64-cuda", "build-research-arm64-cpu", "index-conda-research", "index-research"],
            jobs.Keys());
        var test = jobs.Map("test");
        Assert.Equal("ubuntu-24.04", test.Text("runs-on"));
        AssertSetupSteps(test);
        Assert.Equal("sudo --preserve-env env \"PATH=$PATH\" CI=true ./build.sh Test", test.List("steps")[2].Text("run"));
    }

    [Fact]
    public void The_image_index_job_waits_for_every_platform_job_of_its_environment_and_publishes_on_the_default_branch()
    {
        var jobs = WorkflowCases.Parse(WorkflowCases.ExampleWorkflow()).Map("jobs");
        var index = jobs.Map("index-research");

        Assert.Equal(["build-research-amd64-cpu", "build-research-amd64-cu124", "build-research-amd64-cuda", "build-research-arm64-cpu"],
            index.List("needs").Children.Select(n => ((YamlScalarNode)n).Value));
        Assert.Equal("github.event_name == 'push' && github.ref == 'refs/heads/main'", index.Text("if"));
        var steps = index.List("steps");
        Assert.Equal("Log in to the registry", steps[2].Text("name"));
        Assert.Equal("./build.sh PushImageIndex --environment research --registry \"$CONTAINERKIT_REGISTRY\"", steps[3].Text("run"));
        Assert.Equal("${{ secrets.GITHUB_TOKEN }}", steps[3].Map("env").Text("CONTAINERKIT_REGISTRY_PASSWORD"));
        Assert.Equal("write", index.Map("permissions").Text("packages"));
    }

    [Fact]
    public void An_environment_on_one_platform_gets_no_image_index_job()
    {
        var workflow = ContainersWorkflow.Render([new WorkflowEntry("solo", new MatrixEntry(Platform.Amd64, Acceleration.Cpu))], new WorkflowSettings());

        Assert.DoesNotContain("index-", workflow, StringComparison.Ordinal);
    }

    [Fact]
    public void Publish_job_packs_and_pushes_the_packages_of_the_pushed_version_tag_after_the_tests()
    {
        var publish = WorkflowCases.Parse(WorkflowCases.ExampleWorkflow()).Map("jobs").Map("publish");

        Assert.Equal("github.event_name == 'push' && startsWith(github.ref, 'refs/tags/v')", publish.Text("if"));
        Assert.Equal("test", publish.Text("needs"));
        AssertSetupSteps(publish);
        var steps = publish.List("steps");
        Assert.Equal("./build.sh Pack", steps[2].Text("run"));
        Assert.Equal("${{ secrets.NUGET_API_KEY }}", steps[3].Map("env").Text("NUGET_API_KEY"));
        Assert.Contains("dotnet nuget push \"artifacts/packages/*.$version.nupkg\" --source https://api.nuget.org/v3/index.json", steps[3].Text("run"));
    }

    [Fact]
    public void A_downstream_repository_gets_no_ContainerKit_test_job_and_no_publish_job()
    {
        var plain = WorkflowCases.Parse(ContainersWorkflow.Render(WorkflowCases.ExampleEntries(), new WorkflowSettings()));
        var tested = WorkflowCases.Parse(ContainersWorkflow.Render(WorkflowCases.ExampleEntries(), new WorkflowSettings { TestCommand = "python -m pytest" }));

        Assert.DoesNotContain("test", plain.Map("jobs").Keys());
        Assert.DoesNotContain("publish", plain.Map("jobs").Keys());
        Assert.Equal(["branches"], plain.Map("on").Map("push").Keys());
        var steps = tested.Map("jobs").Map("test").List("steps");
        Assert.Equal(["Check out", "Set up .NET", "Set up Python", "Test"], steps.Children.Select(s => s.Text("name")));
        Assert.Equal("python -m pytest", steps[3].Text("run"));
        Assert.DoesNotContain("./build.sh Test", ContainersWorkflow.Render(WorkflowCases.ExampleEntries(), new WorkflowSettings { TestCommand = "python -m pytest" }));
    }

    [Theory]
    [InlineData("build-research-amd64-cpu", "research", "amd64", "cpu", "ubuntu-24.04")]
    [InlineData("build-research-amd64-cuda", "research", "amd64", "cuda", "ubuntu-24.04")]
    [InlineData("build-conda-research-amd64-cuda", "conda-research", "amd64", "cuda", "ubuntu-24.04")]
    [InlineData("build-conda-research-arm64-cuda", "conda-research", "arm64", "cuda", "ubuntu-24.04-arm")]
    public void Build_job_builds_its_entry_on_its_platform_and_pushes_on_the_default_branch(
        string jobId, string environment, string platform, string acceleration, string runner)
    {
        var job = WorkflowCases.Parse(WorkflowCases.ExampleWorkflow()).Map("jobs").Map(jobId);
        var selection = $"--environment {environment} --platform {platform} --acceleration {acceleration}";

        Assert.Equal(runner, job.Text("runs-on"));
        AssertSetupSteps(job);
        Assert.Equal("read", job.Map("permissions").Text("contents"));
        Assert.Equal("write", job.Map("permissions").Text("packages"));
        var steps = job.List("steps").Children.Cast<YamlMappingNode>().ToList();
        var names = steps.Select(s => s.Text("name")).ToList();
        var freeDisk = acceleration == "cuda" ? new[] { "Free disk space" } : [];
        Assert.Equal(["Check out", "Set up .NET", .. freeDisk, "Log in to the registry", "Build", "Push"], names);

        var login = steps[^3];
        Assert.Equal("docker/login-action@v3", login.Text("uses"));
        Assert.Equal("ghcr.io", login.Map("with").Text("registry"));
        Assert.Equal("${{ github.actor }}", login.Map("with").Text("username"));
        Assert.Equal("${{ secrets.GITHUB_TOKEN }}", login.Map("with").Text("password"));

        var build = steps[^2];
        Assert.Equal($"./build.sh BuildGeneric {selection} --inline-cache --cache-from \"$CONTAINERKIT_REGISTRY\"", build.Text("run"));
        Assert.Equal("ghcr.io/${{ github.repository_owner }}", build.Map("env").Text("CONTAINERKIT_REGISTRY"));
        Assert.False(build.Children.ContainsKey("if"));

        var push = steps[^1];
        Assert.Equal(PushOnMain, push.Text("if"));
        Assert.Equal($"./build.sh PushGeneric {selection} --registry \"$CONTAINERKIT_REGISTRY\"", push.Text("run"));
        var env = push.Map("env");
        Assert.Equal("ghcr.io/${{ github.repository_owner }}", env.Text("CONTAINERKIT_REGISTRY"));
        Assert.Equal("${{ github.actor }}", env.Text("CONTAINERKIT_REGISTRY_USERNAME"));
        Assert.Equal("${{ secrets.GITHUB_TOKEN }}", env.Text("CONTAINERKIT_REGISTRY_PASSWORD"));
    }

    [Fact]
    public void Free_disk_space_removes_unused_toolchains_and_images_but_not_dotnet()
    {
        var step = WorkflowCases.Parse(WorkflowCases.ExampleWorkflow()).Map("jobs").Map("build-research-amd64-cuda").List("steps")[2];

        Assert.Equal("Free disk space", step.Text("name"));
        Assert.Contains("sudo rm -rf /usr/local/lib/android", step.Text("run"));
        Assert.Contains("docker image prune --all --force", step.Text("run"));
        Assert.DoesNotContain("dotnet", step.Text("run"));
    }

    [Fact]
    public void Secrets_appear_only_in_step_environments()
    {
        var lines = WorkflowCases.ExampleWorkflow().Split('\n').Where(l => l.Contains("secrets.", StringComparison.Ordinal)).ToList();

        // Per build job (6) and image index job (2): the login's password and the push step's; plus the publish job's API key.
        Assert.Equal(17, lines.Count);
        Assert.All(lines, l => Assert.Matches(@"^ {8}(password|CONTAINERKIT_REGISTRY_PASSWORD|NUGET_API_KEY): \$\{\{ secrets\.(GITHUB_TOKEN|NUGET_API_KEY) \}\}$", l));
    }

    [Fact]
    public void Build_reads_the_registry_and_credentials_from_the_variables_the_push_step_sets()
    {
        var env = WorkflowCases.Parse(WorkflowCases.ExampleWorkflow()).Map("jobs").Map("build-research-amd64-cpu").List("steps")[4].Map("env");
        var environment = env.Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => "value of " + ((YamlScalarNode)p.Value).Value);
        var root = Directory.CreateTempSubdirectory("ck-ci-").FullName;
        try
        {
            var resolved = ParameterResolver.Resolve(ParameterMember.Discover(typeof(ContainerKitBuild)), CommandLine.Parse([]), environment, root)
                .ToDictionary(v => v.Member.Name, v => Assert.Single(v.Values));

            Assert.Equal("value of ghcr.io/${{ github.repository_owner }}", resolved["registry"]);
            Assert.Equal("value of ${{ github.actor }}", resolved["registry-username"]);
            Assert.Equal("value of ${{ secrets.GITHUB_TOKEN }}", resolved["registry-password"]);
        }
        finally
        {
            Directory.Delete(root);
        }
    }

    [Fact]
    public void Settings_change_branch_registry_secrets_and_runners()
    {
        var settings = new WorkflowSettings
        {
            Name = "images", DefaultBranch = "trunk", Registry = "registry.example.org/lab",
            UsernameSecret = "CR_USER", PasswordSecret = "CR_TOKEN", ContainerKitTests = true,
            RunnerLabels = new Dictionary<Platform, string> { [Platform.Amd64] = "x64-large", [Platform.Arm64] = "arm-large" },
        };
        var root = WorkflowCases.Parse(ContainersWorkflow.Render(WorkflowCases.ExampleEntries(), settings));

        Assert.Equal("images", root.Text("name"));
        Assert.Equal("trunk", Assert.IsType<YamlScalarNode>(Assert.Single(root.Map("on").Map("push").List("branches"))).Value);
        Assert.Equal("x64-large", root.Map("jobs").Map("test").Text("runs-on"));
        var job = root.Map("jobs").Map("build-conda-research-arm64-cuda");
        Assert.Equal("arm-large", job.Text("runs-on"));
        var login = job.List("steps")[3];
        Assert.Equal("registry.example.org", login.Map("with").Text("registry"));
        Assert.Equal("${{ secrets.CR_TOKEN }}", login.Map("with").Text("password"));
        var push = job.List("steps")[5];
        Assert.Equal("github.event_name == 'push' && github.ref == 'refs/heads/trunk'", push.Text("if"));
        Assert.Equal("registry.example.org/lab", push.Map("env").Text("CONTAINERKIT_REGISTRY"));
        Assert.Equal("${{ secrets.CR_USER }}", push.Map("env").Text("CONTAINERKIT_REGISTRY_USERNAME"));
        Assert.Equal("${{ secrets.CR_TOKEN }}", push.Map("env").Text("CONTAINERKIT_REGISTRY_PASSWORD"));
    }

    [Fact]
    public void Job_ids_replace_characters_a_job_id_does_not_allow()
    {
        Assert.Equal("build-lab-v1-2-amd64-cpu", new WorkflowEntry("lab.v1.2", new MatrixEntry(Platform.Amd64, Acceleration.Cpu)).JobId);
    }

    [Fact]
    public void Entries_mapping_to_one_job_id_are_rejected()
    {
        var entry = new MatrixEntry(Platform.Amd64, Acceleration.Cpu);

        var error = Assert.Throws<ArgumentException>(() =>
            ContainersWorkflow.Render([new WorkflowEntry("a.b", entry), new WorkflowEntry("a-b", entry)], new WorkflowSettings()));
        Assert.Contains("build-a-b-amd64-cpu", error.Message);
    }

    [Fact]
    public void A_quote_in_the_default_branch_is_escaped_in_the_push_condition()
    {
        Assert.Equal("github.event_name == 'push' && github.ref == 'refs/heads/it''s'",
            ContainersWorkflow.PushCondition(new WorkflowSettings { DefaultBranch = "it's" }));
    }

    [Fact]
    public void Rendering_is_deterministic_and_independent_of_entry_order()
    {
        var first = WorkflowCases.ExampleWorkflow();
        var reversed = ContainersWorkflow.Render(WorkflowCases.ExampleEntries().Reverse().ToList(), WorkflowCases.SelfSettings);

        Assert.Equal(first, reversed);
        Assert.Equal(first, WorkflowCases.ExampleWorkflow());
        Assert.DoesNotContain('\r', first);
        Assert.EndsWith("\n", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Workflow_of_the_example_environments_matches_its_snapshot()
    {
        SnapshotGuard.Match(WorkflowCases.ExampleWorkflow().Split('\n'), "ContainersWorkflowTests.example-environments");
    }

    private static void AssertSetupSteps(YamlMappingNode job)
    {
        var steps = job.List("steps");
        Assert.Equal("actions/checkout@v4", steps[0].Text("uses"));
        Assert.Equal("actions/setup-dotnet@v4", steps[1].Text("uses"));
        Assert.Equal("global.json", steps[1].Map("with").Text("global-json-file"));
    }
}
