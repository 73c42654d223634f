using ContainerKit.Definitions;
using ContainerKit.Diagnostics;
using ContainerKit.Scripting.Compilation;
using ContainerKit.Scripting.Rewriting;

namespace ContainerKit.Tests.Scripting;

public sealed class BaseSwitcherTests
{
    private const string FromPython = """
        using ContainerKit.Definitions;
        using ContainerKit.Model;

        /// <summary>The project image.</summary>
        sealed class Sample : FromPythonEnvironment // switched by EditFromBase
        {
            public override Project Project => new("sample");

            public override Matrix Matrix => Matrix.Platforms(Platform.Amd64).Accelerations(Acceleration.Cpu);

            // pinned by FreezeEnv
            public override PipRequirements Pip => ["numpy==2.1.0", "rich"];

            public override string VirtualEnvPath => "/opt/env";

            public override BaseImage Base(MatrixEntry entry) => BaseImage.Parse("debian:bookworm-slim");
        }
        """;

    private const string FromScratch = """
        using ContainerKit.Definitions;
        using ContainerKit.Model;

        /// <summary>The project image.</summary>
        sealed class Sample : FromScratchEnvironment // switched by EditFromBase
        {
            public override Project Project => new("sample");

            public override Matrix Matrix => Matrix.Platforms(Platform.Amd64).Accelerations(Acceleration.Cpu);

            public override BaseImage Base(MatrixEntry entry) => BaseImage.Parse("debian:bookworm-slim");

            public override CondaEnvironment Conda => new() { Dependencies = ["python", "pip"], Pip = ["numpy==2.1.0", "rich"] };
        }
        """;

    private static readonly DslVocabulary Dsl = new();

    [Fact]
    public void From_python_to_from_scratch_moves_the_inline_requirements_into_the_conda_pip_section()
    {
        var edit = BaseSwitcher.Switch(FromPython, Dsl.FromScratch, Dsl);

        Assert.True(edit.Changed);
        Assert.Equal(FromScratch, edit.Text);
    }

    [Fact]
    public void From_scratch_to_from_python_takes_the_pip_section_back()
    {
        var edit = BaseSwitcher.Switch(FromScratch, Dsl.FromPython, Dsl);

        Assert.Contains("sealed class Sample : FromPythonEnvironment // switched by EditFromBase", edit.Text, StringComparison.Ordinal);
        Assert.Contains("public override PipRequirements Pip => [\"numpy==2.1.0\", \"rich\"];", edit.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Conda", edit.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_backed_conda_environment_becomes_empty_requirements()
    {
        var source = FromScratch.Replace("new() { Dependencies = [\"python\", \"pip\"], Pip = [\"numpy==2.1.0\", \"rich\"] }", "CondaEnvironment.FromFile(\"deps/environment.yml\")", StringComparison.Ordinal);

        var edit = BaseSwitcher.Switch(source, Dsl.FromPython, Dsl);

        Assert.Contains("public override PipRequirements Pip => PipRequirements.Empty;", edit.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Switching_to_the_current_base_changes_nothing()
    {
        Assert.False(BaseSwitcher.Switch(FromScratch, Dsl.FromScratch, Dsl).Changed);
    }

    [Fact]
    public void Switched_definitions_compile_against_the_dsl()
    {
        var guard = new CompilationGuard(ReferenceSet.FromAssemblies([typeof(EnvironmentDefinition).Assembly]));
        foreach (var (source, target) in new[] { (FromPython, Dsl.FromScratch), (FromScratch, Dsl.FromPython) })
        {
            var text = BaseSwitcher.Switch(source, target, Dsl).Text;
            Assert.Empty(guard.Check(new Dictionary<string, string> { ["Sample.cs"] = text }));
        }
    }

    [Fact]
    public void Unknown_class_is_a_diagnostic()
    {
        var error = Assert.Throws<DiagnosticException>(() => BaseSwitcher.Switch(FromPython, Dsl.FromScratch, Dsl, "Missing"));

        Assert.Equal("CK1105", Assert.Single(error.Diagnostics).Id);
    }
}
