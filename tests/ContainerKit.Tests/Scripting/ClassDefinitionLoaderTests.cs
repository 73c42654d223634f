using ContainerKit.Diagnostics;
using ContainerKit.Scripting.Scripts;

namespace ContainerKit.Tests.Scripting;

public sealed class ClassDefinitionLoaderTests : IDisposable
{
    /// <summary>A minimal definition class file.</summary>
    internal const string Cpu = """
        using ContainerKit.Tests.Scripting;

        namespace Environments;

        public sealed class Cpu : ScriptTestEnvironment
        {
            public override string Name => "cpu";
            public override IReadOnlyList<string> RuntimeApt => ["git"];
        }
        """;

    private readonly TempFolder _folder = new();

    private string Environments => Path.Combine(_folder.Path, "build", "Environments");

    private ClassDefinitionLoader<ScriptTestEnvironment> NewLoader() =>
        new(new ScriptLoaderOptions(Path.Combine(_folder.Path, "cache")) { AdditionalReferences = [typeof(ClassDefinitionLoaderTests).Assembly] });

    [Fact]
    public void Every_concrete_class_of_every_file_is_instantiated_ordered_by_name()
    {
        _folder.Write("build/Environments/Cpu.cs", Cpu);
        _folder.Write("build/Environments/Nested/Gpu.cs", """
            namespace Environments;

            public abstract class Shared : ContainerKit.Tests.Scripting.ScriptTestEnvironment { }
            public sealed class Gpu : Shared { public override string Name => "gpu"; }
            """);

        var environments = NewLoader().Load([Environments]);

        Assert.Equal(["cpu", "gpu"], environments.Select(e => e.Name));
        Assert.Equal(["git"], environments[0].RuntimeApt);
    }

    [Fact]
    public void A_second_load_of_unchanged_files_hits_the_cache_without_compiling()
    {
        _folder.Write("build/Environments/Cpu.cs", Cpu);
        var first = NewLoader();
        first.Load([Environments]);

        var second = NewLoader();
        var environments = second.Load([Environments]);

        Assert.Equal(1, first.CompilationCount);
        Assert.Equal(0, second.CompilationCount);
        Assert.Equal(["git"], Assert.Single(environments).RuntimeApt);
    }

    [Fact]
    public void Editing_a_file_invalidates_the_cache_and_the_edit_takes_effect()
    {
        _folder.Write("build/Environments/Cpu.cs", Cpu);
        NewLoader().Load([Environments]);
        _folder.Write("build/Environments/Cpu.cs", Cpu.Replace("[\"git\"]", "[\"git\", \"curl\"]", StringComparison.Ordinal));

        var loader = NewLoader();
        var environments = loader.Load([Environments]);

        Assert.Equal(1, loader.CompilationCount);
        Assert.Equal(["git", "curl"], Assert.Single(environments).RuntimeApt);
    }

    [Fact]
    public void Missing_or_empty_folders_yield_nothing_without_compiling()
    {
        Directory.CreateDirectory(Environments);
        var loader = NewLoader();

        Assert.Empty(loader.Load([Environments, Path.Combine(_folder.Path, "build", "Clusters")]));
        Assert.Equal(0, loader.CompilationCount);
    }

    [Fact]
    public void Compile_errors_are_reported_once_each_at_file_line_column()
    {
        var file = _folder.Write("build/Environments/Cpu.cs", Cpu.Replace("[\"git\"]", "[\"git\", missing]", StringComparison.Ordinal));

        var error = Assert.Throws<DiagnosticException>(() => NewLoader().Load([Environments]));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal("CK1101", diagnostic.Id);
        Assert.Equal($"{ShownPath(file)}:8:65", diagnostic.Location);
        Assert.StartsWith("CS0103: The name 'missing' does not exist", diagnostic.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder.Path, "cache")) && Directory.EnumerateFiles(Path.Combine(_folder.Path, "cache")).Any());
    }

    [Fact]
    public void An_unknown_override_suggests_the_closest_overridable_member()
    {
        _folder.Write("build/Environments/Cpu.cs", Cpu.Replace("RuntimeApt =>", "RuntimeApts =>", StringComparison.Ordinal));

        var error = Assert.Throws<DiagnosticException>(() => NewLoader().Load([Environments]));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.StartsWith("CS0115: ", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("did you mean 'RuntimeApt'? (ScriptTestEnvironment has no overridable property 'RuntimeApts')", diagnostic.Hint);
    }

    [Fact]
    public void An_unknown_override_far_from_every_member_gets_no_suggestion()
    {
        _folder.Write("build/Environments/Cpu.cs", Cpu.Replace("RuntimeApt =>", "Completely =>", StringComparison.Ordinal));

        var error = Assert.Throws<DiagnosticException>(() => NewLoader().Load([Environments]));

        Assert.Null(Assert.Single(error.Diagnostics).Hint);
    }

    private static string ShownPath(string file)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), file);
        return relative.StartsWith("..", StringComparison.Ordinal) ? file : relative;
    }

    public void Dispose() => _folder.Dispose();
}
