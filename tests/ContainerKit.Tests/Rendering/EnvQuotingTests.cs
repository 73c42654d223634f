using ContainerKit.Definitions;
using ContainerKit.Diagnostics;
using ContainerKit.Rendering;
using ContainerKit.Tests.Core;

namespace ContainerKit.Tests.Rendering;

/// <summary><c>EnvironmentVariables</c> and <c>Instruction.Env</c> follow one rule: the same ENV pair for the same value, the same refusal otherwise.</summary>
public sealed class EnvQuotingTests
{
    [Theory]
    [InlineData("plain", "VALUE=\"plain\"")]
    [InlineData("two  words", "VALUE=\"two  words\"")]
    [InlineData("say \"hi\" and 'bye'", "VALUE=\"say \\\"hi\\\" and 'bye'\"")]
    [InlineData("$HOME ${PATH} $(id)", "VALUE=\"\\$HOME \\${PATH} \\$(id)\"")]
    [InlineData("C:\\path\\ ends in \\", "VALUE=\"C:\\\\path\\\\ ends in \\\\\"")]
    [InlineData("", "VALUE=\"\"")]
    public void Both_render_the_same_literal_pair(string value, string pair)
    {
        var fromVariables = EnvLine(new TestEnvironment { Variables = new() { ["VALUE"] = value } });
        var fromInstruction = EnvLine(new TestEnvironment { Runtime = [Instruction.Env("VALUE", value)] });

        Assert.Equal(pair, fromVariables);
        Assert.Equal(pair, fromInstruction);
    }

    [Theory]
    [InlineData("line\nbreak")]
    [InlineData("carriage\rreturn")]
    [InlineData("nul\0")]
    [InlineData("a\ttab")]
    public void Both_refuse_a_line_break_or_control_character_with_the_same_CK1011(string value)
    {
        var fromVariables = Refusal(new TestEnvironment { Variables = new() { ["VALUE"] = value } });
        var fromInstruction = Refusal(new TestEnvironment { Runtime = [Instruction.Env("VALUE", value)] });

        Assert.Equal(("CK1011", "TestEnvironment.EnvironmentVariables"), (fromVariables.Id, fromVariables.Location));
        Assert.Equal(("CK1011", "TestEnvironment.RuntimeInstructions"), (fromInstruction.Id, fromInstruction.Location));
        Assert.Equal((fromVariables.Message, fromVariables.Value), (fromInstruction.Message, fromInstruction.Value));
    }

    [Fact]
    public void Both_refuse_a_name_that_is_not_a_portable_shell_name_with_the_same_CK1006()
    {
        var fromVariables = Refusal(new TestEnvironment { Variables = new() { ["1A B"] = "x" } });
        var fromInstruction = Refusal(new TestEnvironment { Runtime = [Instruction.Env("1A B", "x")] });

        Assert.Equal("CK1006", fromVariables.Id);
        Assert.Equal((fromVariables.Id, fromVariables.Message, fromVariables.Value), (fromInstruction.Id, fromInstruction.Message, fromInstruction.Value));
    }

    private static string EnvLine(TestEnvironment environment)
    {
        var plan = RenderPipeline.Plan([environment], RenderSelection.All, _ => null);
        var dockerfile = Assert.Single(plan.Entries).Files.Single(f => f.RelativePath == ImagePaths.GenericDockerfile).Content;
        // EnvironmentVariables share one ENV instruction (one pair per continuation line); Instruction.Env is a line of its own.
        var line = dockerfile.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("VALUE=", StringComparison.Ordinal) || l.StartsWith("ENV VALUE=", StringComparison.Ordinal));
        return line.Replace("ENV ", "", StringComparison.Ordinal).TrimEnd('\\').TrimEnd();
    }

    private static Diagnostic Refusal(TestEnvironment environment) =>
        Assert.Single(Assert.Throws<DiagnosticException>(() => RenderPipeline.Plan([environment], RenderSelection.All, _ => null)).Diagnostics);
}
