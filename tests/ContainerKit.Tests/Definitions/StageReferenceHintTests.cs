using ContainerKit.Definitions;
using ContainerKit.Diagnostics;
using ContainerKit.Rendering;
using ContainerKit.Tests.Core;

namespace ContainerKit.Tests.Definitions;

/// <summary>CK1008's hint names the stages the renderer has (base, python-env, runtime-generic), and those references work.</summary>
public sealed class StageReferenceHintTests
{
    [Theory]
    [InlineData("build-apt")]
    [InlineData("python-deps")]
    public void A_reference_to_a_stage_that_does_not_exist_is_CK1008_whose_hint_names_the_real_stages(string from)
    {
        var error = Assert.Throws<DiagnosticException>(() => RenderPipeline.Plan(
            [new TestEnvironment { Stages = [new CustomStage("tools", from, Instruction.Run("true"))] }], RenderSelection.All, _ => null));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(("CK1008", from), (diagnostic.Id, diagnostic.Value));
        Assert.StartsWith("Refer to base or python-env, a custom stage, or an image with a tag or digest; runtime and development instructions may also copy from runtime-generic.", diagnostic.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("base")]
    [InlineData("python-env")]
    public void The_stages_the_hint_names_are_accepted(string from)
    {
        var plan = RenderPipeline.Plan(
            [new TestEnvironment { Stages = [new CustomStage("tools", from, Instruction.Run("true"))], Runtime = [Instruction.Copy("/etc/hostname", "/tmp/hostname", "tools")] }],
            RenderSelection.All, _ => null);

        Assert.Contains($"FROM {from} AS tools", Assert.Single(plan.Entries).Files.Single(f => f.RelativePath == ImagePaths.GenericDockerfile).Content, StringComparison.Ordinal);
    }
}
