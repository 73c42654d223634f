using ContainerKit.Definitions;
using ContainerKit.Scripting.Compilation;
using ContainerKit.Tests.Scripting;

namespace ContainerKit.Tests.Analyzers;

/// <summary>CK1090 through the host's definition compiler: the silent override is an error naming both members; composing is not.</summary>
public sealed class PerEntryOverrideAnalyzerTests
{
    private static readonly Lazy<HostCompiler> Compiler = new(() => new HostCompiler([typeof(EnvironmentDefinition).Assembly]));

    private const string Usings = """
        using ContainerKit.Definitions;
        using ContainerKit.Entrypoints;
        using ContainerKit.Model;

        namespace Environments;

        """;

    private static IReadOnlyList<ContainerKit.Diagnostics.Diagnostic> Check(string members, string baseClass = "FromPythonEnvironment", string extra = "") =>
        Compiler.Value.Check(new CompileSource("build/Environments/ResearchEnvironment.cs", Usings + extra + $$"""
            public sealed class ResearchEnvironment : {{baseClass}}
            {
                public override Project Project => new("research");
                public override BaseImage Base(MatrixEntry entry) => BaseImage.Parse("debian:bookworm-slim");
            {{members}}
            }
            """));

    [Fact]
    public void Overriding_Pip_and_a_PipFor_that_never_reads_it_is_CK1090_naming_both_members_at_the_method()
    {
        var diagnostics = Check("""
                public override PipRequirements Pip => ["rich"];
                public override PipRequirements PipFor(MatrixEntry entry) => ["numpy"];
            """);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CK1090", diagnostic.Id);
        Assert.Equal(ContainerKit.Diagnostics.DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("build/Environments/ResearchEnvironment.cs:11:37", diagnostic.Location);
        Assert.Equal(
            "ResearchEnvironment overrides both Pip and PipFor(MatrixEntry), but PipFor never reads Pip: Pip is ignored for every entry. "
            + "Read Pip in PipFor (e.g. [.. Pip, ...]) or remove the Pip override",
            diagnostic.Message);
    }

    [Theory]
    [InlineData("public override PipRequirements PipFor(MatrixEntry entry) => [.. Pip, \"numpy\"];")]
    [InlineData("public override PipRequirements PipFor(MatrixEntry entry) => entry.Acceleration == Acceleration.Cuda ? [\"torch\"] : this.Pip;")]
    [InlineData("public override PipRequirements PipFor(MatrixEntry entry) => [.. base.PipFor(entry), \"numpy\"];")]
    [InlineData("public override PipRequirements PipFor(MatrixEntry entry) { var extra = new[] { \"numpy\" }; return [.. Pip.Select(p => p.Text), .. extra]; }")]
    public void A_PipFor_that_reads_Pip_or_calls_base_PipFor_composes_and_is_allowed(string pipFor)
    {
        Assert.Empty(Check("    public override PipRequirements Pip => [\"rich\"];\n    " + pipFor));
    }

    [Theory]
    [InlineData("public override PipRequirements PipFor(MatrixEntry entry) => [\"numpy\"];")]
    [InlineData("public override PipRequirements Pip => [\"rich\"];")]
    public void Overriding_only_one_of_the_two_is_allowed(string member)
    {
        Assert.Empty(Check("    " + member));
    }

    [Fact]
    public void Reading_base_Pip_skips_the_override_and_is_still_CK1090()
    {
        var diagnostic = Assert.Single(Check("""
                public override PipRequirements Pip => ["rich"];
                public override PipRequirements PipFor(MatrixEntry entry) => [.. base.Pip, "numpy"];
            """));

        Assert.Equal("CK1090", diagnostic.Id);
    }

    [Theory]
    [InlineData("FromPythonEnvironment", "AptPackages BuildApt => [\"gcc\"];", "AptPackages BuildAptFor(MatrixEntry entry) => [\"g++\"];", "BuildApt", "BuildAptFor", "[.. BuildApt, ...]")]
    [InlineData("FromScratchEnvironment", "CondaEnvironment Conda => new() { Dependencies = [\"python=3.11\"] };", "CondaEnvironment CondaFor(MatrixEntry entry) => new();", "Conda", "CondaFor", "Conda with { ... }")]
    [InlineData("FromPythonEnvironment", "IReadOnlyDictionary<string, string> EnvironmentVariables => new Dictionary<string, string> { [\"A\"] = \"1\" };", "IReadOnlyDictionary<string, string> EnvironmentVariablesFor(MatrixEntry entry) => new Dictionary<string, string>();", "EnvironmentVariables", "EnvironmentVariablesFor", "new Dictionary<string, string>(EnvironmentVariables) { ... }")]
    [InlineData("FromPythonEnvironment", "UserLayer User => new() { LoginShell = \"/bin/zsh\" };", "UserLayer UserFor(MatrixEntry entry) => new();", "User", "UserFor", "User with { ... }")]
    [InlineData("FromPythonEnvironment", "Labels Labels => new() { Title = \"t\" };", "Labels LabelsFor(MatrixEntry entry) => new();", "Labels", "LabelsFor", "Labels with { ... }")]
    [InlineData("FromPythonEnvironment", "EntrypointOptions Entrypoint => new();", "EntrypointOptions EntrypointFor(MatrixEntry entry) => new();", "Entrypoint", "EntrypointFor", "Entrypoint with { ... }")]
    public void Every_property_and_per_entry_pair_is_covered(string baseClass, string property, string method, string name, string methodName, string example)
    {
        var diagnostic = Assert.Single(Check($"    public override {property}\n    public override {method}", baseClass));

        Assert.Equal(
            $"ResearchEnvironment overrides both {name} and {methodName}(MatrixEntry), but {methodName} never reads {name}: {name} is ignored for every entry. "
            + $"Read {name} in {methodName} (e.g. {example}) or remove the {name} override",
            diagnostic.Message);
    }

    [Fact]
    public void A_subclass_whose_PipFor_ignores_the_Pip_of_its_base_class_is_reported_once_on_the_subclass()
    {
        var diagnostics = Compiler.Value.Check(new CompileSource("Lab.cs", Usings + """
            public abstract class LabEnvironment : FromPythonEnvironment
            {
                public override Project Project => new("lab");
                public override BaseImage Base(MatrixEntry entry) => BaseImage.Parse("debian:bookworm-slim");
                public override PipRequirements Pip => ["rich"];
            }

            public class TrainingEnvironment : LabEnvironment
            {
                public override PipRequirements PipFor(MatrixEntry entry) => ["torch"];
            }

            public sealed class LongTrainingEnvironment : TrainingEnvironment;
            """));

        var diagnostic = Assert.Single(diagnostics);
        Assert.StartsWith("Lab.cs:15:", diagnostic.Location, StringComparison.Ordinal);
        Assert.StartsWith("TrainingEnvironment overrides both Pip and PipFor(MatrixEntry)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pairs_are_found_by_convention_so_an_environment_base_class_of_the_author_is_covered_too()
    {
        var diagnostic = Assert.Single(Compiler.Value.Check(new CompileSource("Lab.cs", Usings + """
            public abstract class LabEnvironment : FromPythonEnvironment
            {
                public override Project Project => new("lab");
                public override BaseImage Base(MatrixEntry entry) => BaseImage.Parse("debian:bookworm-slim");
                public virtual IReadOnlyList<string> Datasets => [];
                public virtual IReadOnlyList<string> DatasetsFor(MatrixEntry entry) => Datasets;
            }

            public sealed class TrainingEnvironment : LabEnvironment
            {
                public override IReadOnlyList<string> Datasets => ["imagenet"];
                public override IReadOnlyList<string> DatasetsFor(MatrixEntry entry) => ["coco"];
            }
            """)));

        Assert.StartsWith("TrainingEnvironment overrides both Datasets and DatasetsFor(MatrixEntry)", diagnostic.Message, StringComparison.Ordinal);
    }
}
