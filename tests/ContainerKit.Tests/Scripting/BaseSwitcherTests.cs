using ContainerKit.Diagnostics;
using ContainerKit.Model;
using ContainerKit.Scripting.Compilation;
using ContainerKit.Scripting.Rewriting;

namespace ContainerKit.Tests.Scripting;

public sealed class BaseSwitcherTests
{
    private const string FromPython = """
        using ContainerKit;
        using ContainerKit.Model;

        /// <summary>The project image.</summary>
        sealed class Project : FromPythonEnvironment // switched by EditFromBase
        {
            public override Matrix Matrix => Matrix.Platforms(Platform.Amd64).Accelerations(Acceleration.Cpu);

            // pinned by FreezeEnv
            public override PipRequirements Pip => ["numpy==2.1.0"];

            public override BaseImage Base(MatrixEntry entry) => BaseImage.Parse("debian:bookworm-slim");
        }
        """;

    private const string FromScratch = """
        using ContainerKit;
        using ContainerKit.Model;

        /// <summary>The project image.</summary>
        sealed class Project : FromScratchEnvironment // switched by EditFromBase
        {
            public override Matrix Matrix => Matrix.Platforms(Platform.Amd64).Accelerations(Acceleration.Cpu);

            public override BaseImage Base(MatrixEntry entry) => BaseImage.Parse("debian:bookworm-slim");

            public override CondaEnvironment Conda => CondaEnvironment.FromFile("dependencies/environment.yml");
        }
        """;

    private static readonly DslVocabulary Dsl = new();

    [Fact]
    public void From_python_to_from_scratch_swaps_members_and_keeps_comments()
    {
        var edit = BaseSwitcher.Switch(FromPython, Dsl.FromScratch, Dsl);

        Assert.True(edit.Changed);
        Assert.Equal(FromScratch, edit.Text);
    }

    [Fact]
    public void From_scratch_to_from_python_adds_the_pip_default()
    {
        var edit = BaseSwitcher.Switch(FromScratch, Dsl.FromPython, Dsl);

        Assert.Equal(FromScratch
            .Replace("FromScratchEnvironment", "FromPythonEnvironment", StringComparison.Ordinal)
            .Replace("public override CondaEnvironment Conda => CondaEnvironment.FromFile(\"dependencies/environment.yml\");",
                "public override PipRequirements Pip => PipRequirements.FromFile(\"dependencies/requirements.txt\");", StringComparison.Ordinal),
            edit.Text);
    }

    [Fact]
    public void Switching_to_the_current_base_changes_nothing()
    {
        Assert.False(BaseSwitcher.Switch(FromScratch, Dsl.FromScratch, Dsl).Changed);
    }

    [Fact]
    public void Switched_definitions_compile_against_the_dsl()
    {
        var guard = new CompilationGuard(ReferenceSet.FromAssemblies([typeof(Platform).Assembly]));
        foreach (var (source, target) in new[] { (FromPython, Dsl.FromScratch), (FromScratch, Dsl.FromPython) })
        {
            var text = BaseSwitcher.Switch(source, target, Dsl).Text;
            Assert.Empty(guard.Check(new Dictionary<string, string> { ["Dsl.cs"] = DslStub.Source, ["Project.cs"] = text }));
        }
    }

    [Fact]
    public void Unknown_class_is_a_diagnostic()
    {
        var error = Assert.Throws<DiagnosticException>(() => BaseSwitcher.Switch(FromPython, Dsl.FromScratch, Dsl, "Missing"));

        Assert.Equal("CK1105", Assert.Single(error.Diagnostics).Id);
    }
}
