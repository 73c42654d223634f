using ContainerKit.Definitions;
using ContainerKit.Diagnostics;
using ContainerKit.Model;
using ContainerKit.Rendering;
using ContainerKit.Scripting;
using ContainerKit.Scripting.Compilation;
using ContainerKit.Scripting.Import;
using ContainerKit.Validation;

namespace ContainerKit.Tests.Scripting.Import;

public sealed class DefinitionImportWriterTests : IDisposable
{
    private const string DefinitionPath = "build/Environments/ProjectEnvironment.cs";
    private const string RequirementsPath = "build/Environments/project/requirements.txt";
    private static readonly ReferenceSet References = ReferenceSet.FromAssemblies([typeof(EnvironmentDefinition).Assembly]);
    private static readonly ImportOptions Options = new("ProjectEnvironment");

    private readonly TempFolder _root = new();
    private readonly DefinitionImportWriter _writer;

    public DefinitionImportWriterTests()
    {
        _root.Write("build/Build.cs", "static class Build { static int Main() => 0; }\n");
        _writer = new DefinitionImportWriter(new CompilationGuard(References), _root.Path);
    }

    public void Dispose() => _root.Dispose();

    private static readonly Dictionary<string, string> Template =
        TemplateFixtures.Layout202407("nvcr.io/nvidia/pytorch:24.07-py3", "alpine/git:2.40.1", "numpy==1.26.4\nrich>=13\n", "/opt/nvidia/nvidia_entrypoint.sh");

    [Fact]
    public void Writes_the_definition_and_its_dependency_files()
    {
        var written = _writer.Write(Import(Template), Options, force: false);

        Assert.Equal([DefinitionPath, RequirementsPath], written);
        Assert.Equal("numpy==1.26.4\nrich>=13\n", _root.Read(RequirementsPath));
        Assert.Contains("public sealed class ProjectEnvironment : FromPythonEnvironment", _root.Read(DefinitionPath));
    }

    [Fact]
    public void Refuses_to_overwrite_without_force_and_writes_nothing()
    {
        _root.Write(DefinitionPath, "// mine\n");

        var error = Assert.Single(Assert.Throws<DiagnosticException>(() => _writer.Write(Import(Template), Options, force: false)).Diagnostics);

        Assert.Equal(ScriptingDiagnosticIds.ImportFailed, error.Id);
        Assert.Equal(DefinitionPath, error.Location);
        Assert.Contains("--force", error.Hint);
        Assert.Equal("// mine\n", _root.Read(DefinitionPath));
        Assert.False(File.Exists(Path.Combine(_root.Path, RequirementsPath)));

        _writer.Write(Import(Template), Options, force: true);
        Assert.Contains("ProjectEnvironment", _root.Read(DefinitionPath));
    }

    [Fact]
    public void Refuses_a_definition_the_build_project_cannot_compile_and_writes_nothing()
    {
        _root.Write("build/Environments/Other.cs", "namespace Environments; public sealed class ProjectEnvironment { }\n");

        var errors = Assert.Throws<DiagnosticException>(() => _writer.Write(Import(Template), Options, force: false)).Diagnostics;

        Assert.All(errors, e => Assert.Equal(ScriptingDiagnosticIds.CompileError, e.Id));
        Assert.False(File.Exists(Path.Combine(_root.Path, DefinitionPath)));
        Assert.False(File.Exists(Path.Combine(_root.Path, RequirementsPath)));
    }

    [Fact]
    public void The_written_from_python_class_compiles_and_renders_what_was_imported()
    {
        _writer.Write(Import(Template), Options, force: false);
        var definition = DefinitionCompiler.Instantiate(_root.Read(DefinitionPath));

        var model = Render(definition, new MatrixEntry(Platform.Amd64, Acceleration.Cuda));

        Assert.Equal("nvcr.io/nvidia/pytorch:24.07-py3", model.BaseImage);
        Assert.Equal("/opt/nvidia/nvidia_entrypoint.sh", model.Entrypoint.BaseEntrypoint);
        Assert.Equal(TemplateFixtures.BuildApt, model.BuildApt);
        Assert.Equal(TemplateFixtures.RuntimeApt, model.RuntimeApt);
        Assert.Equal(TemplateFixtures.DevApt, model.DevApt);
        Assert.Equal(["numpy==1.26.4", "rich>=13"], Assert.IsType<PipInstall>(model.Python).Requirements);
        Assert.Equal([new KeyValuePair<string, string>("HYDRA_FULL_ERROR", "1")], model.EnvironmentVariables);
        Assert.Equal(["/bin/zsh"], model.Command);
        Assert.Equal(new Project(TemplateFixtures.DefaultProjectName, TemplateFixtures.DefaultPackageName).Package, model.Project.Package);
        Assert.Contains("CMD [\"/bin/zsh\"]", GenericDockerfile.Render(model), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("installation/x\n}\npublic class Injected {")]
    [InlineData("installation/x\r\nclass Injected {}")]
    [InlineData("installation/x\u2028class Injected {}")]
    [InlineData("installation/x\u0085class Injected {}")]
    [InlineData("installation/x\u202E}")]
    public void A_template_path_cannot_leave_its_comment(string displayPath)
    {
        var source = new TemplateSource("docker-amd64-cuda", displayPath, path => Template.GetValueOrDefault(path));

        _writer.Write(TemplateImporter.Import(source, Options), Options, force: false);
        var text = _root.Read(DefinitionPath);

        var tree = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(text);
        var classes = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>().Select(c => c.Identifier.Text);
        Assert.Equal(["ProjectEnvironment"], classes);
        Assert.StartsWith("// Imported from installation/x\\u", text, StringComparison.Ordinal);
        Assert.All(text, c => Assert.False(char.IsControl(c) && c != '\n', $"control character U+{(int)c:X4} written"));
        Assert.DoesNotContain('\u2028', text);
        Assert.DoesNotContain('\u202E', text);
        DefinitionCompiler.Instantiate(text);
    }

    private static TemplateImport Import(Dictionary<string, string> files) =>
        TemplateImporter.Import(TemplateFixtures.Source(files), Options);

    private EntryModel Render(EnvironmentDefinition definition, MatrixEntry entry)
    {
        string? ReadFile(string path) => File.Exists(Path.Combine(_root.Path, path)) ? File.ReadAllText(Path.Combine(_root.Path, path)) : null;
        var plan = RenderPipeline.Plan([definition], new RenderSelection([], [], []), ReadFile);
        Assert.Equal(entry, Assert.Single(plan.Entries).Entry);
        var (model, diagnostics) = DefinitionValidator.Resolve(definition, entry, ReadFile);
        Assert.DoesNotContain(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        return model!;
    }
}
