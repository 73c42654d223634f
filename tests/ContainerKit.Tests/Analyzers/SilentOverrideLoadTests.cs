using ContainerKit.Definitions;
using ContainerKit.Diagnostics;
using ContainerKit.Scripting.Scripts;
using ContainerKit.Tests.Host;
using ContainerKit.Tests.Scripting;

namespace ContainerKit.Tests.Analyzers;

/// <summary>CK1090 in every in-process compile of definitions: the class loader, the script loader and Render through the host (exit 2).</summary>
public sealed class SilentOverrideLoadTests : IDisposable
{
    private const string Message = "SilentEnvironment overrides both Pip and PipFor(MatrixEntry), but PipFor never reads Pip: Pip is ignored for every entry.";

    private readonly TempFolder _root = new();

    [Fact]
    public void The_class_loader_refuses_the_definition_with_CK1090_at_file_line_column_and_caches_nothing()
    {
        _root.Write("build/Environments/SilentEnvironment.cs", SilentDefinition.Source);
        var cache = Path.Combine(_root.Path, "cache");
        var loader = new ClassDefinitionLoader<EnvironmentDefinition>(new ScriptLoaderOptions(cache));

        var error = Assert.Throws<DiagnosticException>(() => loader.Load([Path.Combine(_root.Path, "build", "Environments")]));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal("CK1090", diagnostic.Id);
        Assert.EndsWith("SilentEnvironment.cs:11:37", diagnostic.Location, StringComparison.Ordinal);
        Assert.StartsWith(Message, diagnostic.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(cache) && Directory.EnumerateFiles(cache).Any());
    }

    [Fact]
    public void The_script_loader_refuses_a_script_definition_with_CK1090()
    {
        var script = _root.Write("silent.env.csx", string.Join('\n', SilentDefinition.Source.Split('\n').Where(l => !l.StartsWith("namespace", StringComparison.Ordinal))));

        var error = Assert.Throws<DiagnosticException>(() =>
            new ScriptDefinitionLoader<EnvironmentDefinition>(new ScriptLoaderOptions(Path.Combine(_root.Path, "cache"))).Load(script));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal("CK1090", diagnostic.Id);
        Assert.Contains("silent.env.csx:10:", diagnostic.Location, StringComparison.Ordinal);
        Assert.StartsWith(Message, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_exits_2_naming_both_members_with_file_line_column_and_writes_nothing()
    {
        _root.Write("build/Environments/SilentEnvironment.cs", SilentDefinition.Source);

        var run = await HostRun.StartAsync(new ContainerKitTargetsBuild(), ["Render"], root: _root.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Matches($"error CK1090 at (/.*/)?build/Environments/SilentEnvironment.cs:11:37: {System.Text.RegularExpressions.Regex.Escape(Message)}", run.Output);
        Assert.Contains("or remove the Pip override.\n", run.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_root.Path, "artifacts", "containers", "silent")));
    }

    public void Dispose() => _root.Dispose();
}
