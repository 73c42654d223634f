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

    [Fact]
    public void Writes_the_definition_and_its_dependency_files()
    {
        var written = _writer.Write(Import(TemplateFixtures.FromPython), Options, force: false);

        Assert.Equal([DefinitionPath, RequirementsPath], written);
        Assert.Equal("numpy==1.26.4\nrich>=13\n", _root.Read(RequirementsPath));
        Assert.Contains("public sealed class ProjectEnvironment : FromPythonEnvironment", _root.Read(DefinitionPath));
    }

    [Fact]
    public void Refuses_to_overwrite_without_force_and_writes_nothing()
    {
        _root.Write(DefinitionPath, "// mine\n");

        var error = Assert.Single(Assert.Throws<DiagnosticException>(() => _writer.Write(Import(TemplateFixtures.FromPython), Options, force: false)).Diagnostics);

        Assert.Equal(ScriptingDiagnosticIds.ImportFailed, error.Id);
        Assert.Equal(DefinitionPath, error.Location);
        Assert.Contains("--force", error.Hint);
        Assert.Equal("// mine\n", _root.Read(DefinitionPath));
        Assert.False(File.Exists(Path.Combine(_root.Path, RequirementsPath)));

        _writer.Write(Import(TemplateFixtures.FromPython), Options, force: true);
        Assert.Contains("ProjectEnvironment", _root.Read(DefinitionPath));
    }

    [Fact]
    public void Refuses_a_definition_the_build_project_cannot_compile_and_writes_nothing()
    {
        _root.Write("build/Environments/Other.cs", "namespace Environments; public sealed class ProjectEnvironment { }\n");

        var errors = Assert.Throws<DiagnosticException>(() => _writer.Write(Import(TemplateFixtures.FromPython), Options, force: false)).Diagnostics;

        Assert.All(errors, e => Assert.Equal(ScriptingDiagnosticIds.CompileError, e.Id));
        Assert.False(File.Exists(Path.Combine(_root.Path, DefinitionPath)));
        Assert.False(File.Exists(Path.Combine(_root.Path, RequirementsPath)));
    }

    [Fact]
    public void The_written_from_python_class_compiles_and_renders_the_imported_lists()
    {
        _writer.Write(Import(TemplateFixtures.FromPython), Options, force: false);
        var definition = DefinitionCompiler.Instantiate(_root.Read(DefinitionPath));

        var model = Render(definition, new MatrixEntry(Platform.Amd64, Acceleration.Cuda));

        Assert.Equal("nvcr.io/nvidia/pytorch:24.07-py3", model.BaseImage);
        Assert.Equal("/opt/nvidia/nvidia_entrypoint.sh", model.Entrypoint.BaseEntrypoint);
        Assert.Equal(["build-essential", "git"], model.BuildApt);
        Assert.Equal(["ffmpeg", "libsndfile1"], model.RuntimeApt);
        Assert.Equal(["htop", "vim", "openssh-server", "sudo"], model.DevApt);
        Assert.Equal(["numpy==1.26.4", "rich>=13"], Assert.IsType<PipInstall>(model.Python).Requirements);
    }

    [Fact]
    public void The_written_from_scratch_class_compiles_and_renders_the_conda_install()
    {
        _writer.Write(Import(TemplateFixtures.FromScratch), Options, force: false);
        var definition = DefinitionCompiler.Instantiate(_root.Read(DefinitionPath));

        var model = Render(definition, new MatrixEntry(Platform.Amd64, Acceleration.Cuda));

        Assert.Equal(["ca-certificates", "curl"], model.BaseApt);
        var conda = Assert.IsType<CondaInstall>(model.Python);
        Assert.Equal("https://example.org/miniforge/Miniforge3-Linux-aarch64.sh", conda.InstallerUrl);
        Assert.Equal("/opt/miniforge", conda.InstallPath);
        Assert.Equal(["rich==13.7.1"], conda.Pip);
    }

    private static TemplateImport Import(IReadOnlyDictionary<string, string> files) =>
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
