namespace ContainerKit.IntegrationTests.Bootstrap;

/// <summary>
/// build.sh's content stamp leaves the definition folder (build/Environments/) out: editing or adding a
/// definition runs the compiled build without an MSBuild run; editing the build's own code recompiles.
/// Runs the repository's real build.sh in a scratch copy whose build project is a tiny console program
/// (so the test costs two small MSBuild runs, not a build of src/).
/// </summary>
public sealed class DefinitionStampTests : IDisposable
{
    private readonly BootstrapScratch _scratch = new();

    [Fact]
    public async Task Editing_definitions_runs_the_compiled_build_and_editing_build_code_recompiles()
    {
        _scratch.WriteTinyBuild("System.Console.WriteLine(\"build one\");\n");
        _scratch.Write("build/Environments/Sample.cs", "// apt: git\n");

        var first = await BuildShAsync();
        Assert.True(first.Compiled, first.ToString());
        Assert.Contains("build one", first.Stdout, StringComparison.Ordinal);

        _scratch.Write("build/Environments/Sample.cs", "// apt: git, curl\n");
        _scratch.Write("build/Environments/Nested/Added.cs", "// a new definition file\n");
        var afterDefinitionEdit = await BuildShAsync();
        Assert.False(afterDefinitionEdit.Compiled, afterDefinitionEdit.ToString());
        Assert.Contains("build one", afterDefinitionEdit.Stdout, StringComparison.Ordinal);

        _scratch.Write("build/Build.cs", "System.Console.WriteLine(\"build two\");\n");
        var afterCodeEdit = await BuildShAsync();
        Assert.True(afterCodeEdit.Compiled, afterCodeEdit.ToString());
        Assert.Contains("build two", afterCodeEdit.Stdout, StringComparison.Ordinal);
    }

    private async Task<ScriptRun> BuildShAsync()
    {
        var run = await _scratch.RunAsync("bash", [_scratch.Combine("build.sh")]);
        Assert.True(run.ExitCode == 0, run.ToString());
        return run;
    }

    public void Dispose() => _scratch.Dispose();
}
