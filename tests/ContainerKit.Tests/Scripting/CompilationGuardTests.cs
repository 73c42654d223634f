using ContainerKit.Diagnostics;
using ContainerKit.Model;
using ContainerKit.Scripting.Compilation;
using ContainerKit.Scripting.Rewriting;

namespace ContainerKit.Tests.Scripting;

public sealed class CompilationGuardTests : IDisposable
{
    private const string Environment = """
        using ContainerKit;
        using ContainerKit.Model;

        sealed class Project : FromPythonEnvironment
        {
            public override Matrix Matrix => Matrix.Platforms(Platform.Amd64).Accelerations(Acceleration.Cpu);
            public override BaseImage Base(MatrixEntry entry) => BaseImage.Parse("debian:bookworm-slim");
            public override PipRequirements Pip => ["numpy"];
        }
        """;

    private readonly TempFolder _folder = new();
    private readonly CompilationGuard _guard = new(ReferenceSet.FromAssemblies([typeof(Platform).Assembly]));

    [Fact]
    public void Compiling_edit_is_written()
    {
        var file = DslStub.WriteProject(_folder, Environment);
        var edit = PlatformEditor.Edit(Environment, MatrixEditMode.Copy, new(Platform.Amd64, Acceleration.Cpu), new(Platform.Arm64, Acceleration.Cpu));

        var written = _guard.Apply(Path.Combine(_folder.Path, "build"), new Dictionary<string, string> { [file] = edit.Text });

        Assert.Equal([file], written);
        Assert.Contains("Platforms(Platform.Amd64, Platform.Arm64)", File.ReadAllText(file), StringComparison.Ordinal);
        Assert.Single(Directory.EnumerateFiles(Path.GetDirectoryName(file)!));
    }

    [Fact]
    public void Broken_edit_is_refused_and_no_file_changes()
    {
        var file = DslStub.WriteProject(_folder, Environment);
        var broken = Environment.Replace("[\"numpy\"]", "42", StringComparison.Ordinal);

        var error = Assert.Throws<DiagnosticException>(() =>
            _guard.Apply(Path.Combine(_folder.Path, "build"), new Dictionary<string, string> { [file] = broken }));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal("CK1101", diagnostic.Id);
        Assert.Equal($"{file}:8:44", diagnostic.Location);
        Assert.StartsWith("CS0029", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(Environment, File.ReadAllText(file));
        Assert.Single(Directory.EnumerateFiles(Path.GetDirectoryName(file)!));
    }

    [Fact]
    public void Unchanged_edit_writes_nothing()
    {
        var file = DslStub.WriteProject(_folder, Environment);
        var before = File.GetLastWriteTimeUtc(file);

        var written = _guard.Apply(Path.Combine(_folder.Path, "build"), new Dictionary<string, string> { [file] = Environment });

        Assert.Empty(written);
        Assert.Equal(before, File.GetLastWriteTimeUtc(file));
    }

    [Fact]
    public void Editor_pins_across_the_project_and_a_second_freeze_writes_nothing()
    {
        var file = DslStub.WriteProject(_folder, Environment);
        var editor = new DefinitionEditor(_guard, Path.Combine(_folder.Path, "build"));
        PinTarget[] pins = [new("Pip", PinStyle.Pip, new Dictionary<string, string> { ["numpy"] = "2.1.0" })];

        var first = editor.Edit(text => PinRewriter.Apply(text, pins));
        var second = editor.Edit(text => PinRewriter.Apply(text, pins));

        Assert.Equal([file], first);
        Assert.Empty(second);
        Assert.Equal(Environment.Replace("\"numpy\"", "\"numpy==2.1.0\"", StringComparison.Ordinal), File.ReadAllText(file));
    }

    public void Dispose() => _folder.Dispose();
}
