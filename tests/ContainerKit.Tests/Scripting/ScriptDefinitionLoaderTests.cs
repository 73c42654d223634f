using ContainerKit.Diagnostics;
using ContainerKit.Scripting.Scripts;

namespace ContainerKit.Tests.Scripting;

public sealed class ScriptDefinitionLoaderTests : IDisposable
{
    private const string Record = """
        sealed class Named(string name, params string[] apt) : ScriptTestEnvironment
        {
            public override string Name => name;
            public override IReadOnlyList<string> RuntimeApt => apt;
        }
        """;

    private readonly TempFolder _folder = new();

    private ScriptDefinitionLoader<ScriptTestEnvironment> NewLoader() =>
        new(new ScriptLoaderOptions(Path.Combine(_folder.Path, "cache")));

    [Fact]
    public void Expression_form_returns_the_instance()
    {
        var script = _folder.Write("one.env.csx", Record + "\nnew Named(\"single\", \"ffmpeg\")\n");

        var environments = NewLoader().Load(script);

        var environment = Assert.Single(environments);
        Assert.Equal("single", environment.Name);
        Assert.Equal(["ffmpeg"], environment.RuntimeApt);
    }

    [Fact]
    public void Expression_form_returns_an_array_in_order()
    {
        var script = _folder.Write("many.env.csx", Record + "\nnew ScriptTestEnvironment[] { new Named(\"a\"), new Named(\"b\") }\n");

        Assert.Equal(["a", "b"], NewLoader().Load(script).Select(e => e.Name));
    }

    [Fact]
    public void Class_form_instantiates_each_non_abstract_subclass()
    {
        var script = _folder.Write("classes.env.csx", """
            abstract class Shared : ScriptTestEnvironment { public override IReadOnlyList<string> RuntimeApt => ["git"]; }
            sealed class Cpu : Shared { public override string Name => "cpu"; }
            sealed class Gpu : Shared { public override string Name => "gpu"; }
            """);

        var environments = NewLoader().Load(script);

        Assert.Equal(["cpu", "gpu"], environments.Select(e => e.Name));
        Assert.All(environments, e => Assert.Equal(["git"], e.RuntimeApt));
    }

    [Fact]
    public void Load_directive_is_relative_to_the_script()
    {
        _folder.Write("shared/common.csx", Record);
        var script = _folder.Write("envs/main.env.csx", "#load \"../shared/common.csx\"\nnew Named(\"loaded\")\n");

        Assert.Equal("loaded", Assert.Single(NewLoader().Load(script)).Name);
    }

    [Fact]
    public void Compile_error_is_located_at_file_line_column()
    {
        var script = _folder.Write("broken.env.csx", "var x = 1;\nvar y = undefinedName;\n");

        var error = Assert.Throws<DiagnosticException>(() => NewLoader().Load(script));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal("CK1101", diagnostic.Id);
        Assert.Equal($"{script}:2:9", diagnostic.Location);
        Assert.Contains("undefinedName", diagnostic.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_folder.Path, "cache")), "a failed compilation must not be cached");
    }

    [Fact]
    public void Compile_error_in_a_loaded_file_names_that_file()
    {
        var loaded = _folder.Write("lib.csx", "int Broken() => \"text\";\n");
        var script = _folder.Write("main.env.csx", "#load \"lib.csx\"\n" + Record + "\nnew Named(\"x\")\n");

        var error = Assert.Throws<DiagnosticException>(() => NewLoader().Load(script));

        Assert.Equal($"{loaded}:1:17", Assert.Single(error.Diagnostics).Location);
    }

    [Fact]
    public void Script_without_definitions_is_a_diagnostic()
    {
        var script = _folder.Write("empty.env.csx", "var x = 1;\n");

        var error = Assert.Throws<DiagnosticException>(() => NewLoader().Load(script));

        Assert.Equal("CK1102", Assert.Single(error.Diagnostics).Id);
    }

    [Fact]
    public void Missing_loaded_file_is_a_diagnostic()
    {
        var script = _folder.Write("main.env.csx", "#load \"nowhere.csx\"\n1\n");

        var error = Assert.Throws<DiagnosticException>(() => NewLoader().Load(script));

        Assert.Equal("CK1103", Assert.Single(error.Diagnostics).Id);
    }

    [Fact]
    public void Second_load_hits_the_cache_even_from_a_new_loader()
    {
        var script = _folder.Write("cached.env.csx", Record + "\nnew Named(\"cached\")\n");
        var first = NewLoader();
        first.Load(script);

        var second = NewLoader();
        var environments = second.Load(script);

        Assert.Equal(1, first.CompilationCount);
        Assert.Equal(0, second.CompilationCount);
        Assert.Equal("cached", Assert.Single(environments).Name);
    }

    [Fact]
    public void Changing_the_script_or_a_loaded_file_invalidates_the_cache()
    {
        _folder.Write("lib.csx", Record);
        var script = _folder.Write("main.env.csx", "#load \"lib.csx\"\nnew Named(\"v1\")\n");
        var loader = NewLoader();
        loader.Load(script);

        _folder.Write("main.env.csx", "#load \"lib.csx\"\nnew Named(\"v2\")\n");
        Assert.Equal("v2", Assert.Single(loader.Load(script)).Name);
        _folder.Write("lib.csx", Record.Replace("=> name;", "=> name + \"!\";", StringComparison.Ordinal));
        Assert.Equal("v2!", Assert.Single(loader.Load(script)).Name);

        Assert.Equal(3, loader.CompilationCount);
    }

    public void Dispose() => _folder.Dispose();
}
