using ContainerKit.Definitions;
using ContainerKit.Rendering;
using ContainerKit.Tests.Core;
using Xunit;

namespace ContainerKit.Tests.Security;

/// <summary>An escape-hatch instruction ending in a backslash would swallow the next Dockerfile line: CK1022.</summary>
public sealed class EscapeHatchTests
{
    [Theory]
    [InlineData("echo hi \\")]
    [InlineData("echo hi \\  ")]
    [InlineData("echo hi \\\t")]
    public void Runtime_instruction_ending_in_a_backslash_is_CK1022(string command)
    {
        var diagnostic = Assert.Single(ShellContextTests.Diagnose(new TestEnvironment { Runtime = [Instruction.Run(command)] }));

        Assert.Equal(("CK1022", "TestEnvironment.RuntimeInstructions"), (diagnostic.Id, diagnostic.Location));
        Assert.Contains("backslash", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Custom_stage_instruction_ending_in_a_backslash_is_CK1022()
    {
        var definition = new TestEnvironment { Stages = [new CustomStage("tools", "python-env", Instruction.Raw("ENV A=1 \\"))] };

        var diagnostic = Assert.Single(ShellContextTests.Diagnose(definition));

        Assert.Equal(("CK1022", "TestEnvironment.CustomStages"), (diagnostic.Id, diagnostic.Location));
    }

    [Fact]
    public void A_backslash_inside_an_instruction_still_renders()
    {
        var plan = RenderPipeline.Plan([new TestEnvironment { Runtime = [Instruction.Run("printf 'a\\nb\\n' > /tmp/x")] }], RenderSelection.All, _ => null);

        var dockerfile = Assert.Single(plan.Entries).Files.Single(f => f.RelativePath == ImagePaths.GenericDockerfile).Content;
        var instructions = ContainerKit.Dockerfiles.DockerfileParser.Parse(dockerfile).Instructions;
        Assert.Single(instructions, i => i.Keyword == "RUN" && i.Arguments == "printf 'a\\nb\\n' > /tmp/x");
        Assert.Single(instructions, i => i.Keyword == "ARG" && i.Arguments == "REVISION=unknown");
    }

    [Fact]
    public void Instruction_Env_renders_its_value_literally()
    {
        var plan = RenderPipeline.Plan([new TestEnvironment { Runtime = [Instruction.Env("GREETING", "$HOME \"x\" \\")] }], RenderSelection.All, _ => null);

        var dockerfile = Assert.Single(plan.Entries).Files.Single(f => f.RelativePath == ImagePaths.GenericDockerfile).Content;
        Assert.Contains("\nENV GREETING=\"\\$HOME \\\"x\\\" \\\\\"\n", dockerfile, StringComparison.Ordinal);
    }
}
