using ContainerKit.Docker.Processes;
using ContainerKit.Tests;

namespace ContainerKit.IntegrationTests.Bootstrap;

/// <summary>
/// build.sh's content stamp leaves the definition folder (build/Environments/) out: editing or adding a
/// definition runs the compiled build without an MSBuild run; editing the build's own code recompiles.
/// Runs the repository's real build.sh in a scratch copy whose build project is a tiny console program
/// (so the test costs two small MSBuild runs, not a build of src/).
/// </summary>
public sealed class DefinitionStampTests : IDisposable
{
    private const string Compiling = "compiling the build project";
    private readonly string _root = Directory.CreateTempSubdirectory("ck-bootstrap-").FullName;

    [Fact]
    public async Task Editing_definitions_runs_the_compiled_build_and_editing_build_code_recompiles()
    {
        foreach (var file in new[] { "build.sh", "global.json", "Directory.Build.props", "Directory.Packages.props" })
        {
            File.Copy(RepositoryFolder.Combine(file), Path.Combine(_root, file));
        }

        Write("build/_build.csproj", File.ReadAllText(RepositoryFolder.Combine("build/_build.csproj"))
            .Replace("""<ProjectReference Include="../src/ContainerKit.Targets/ContainerKit.Targets.csproj" />""", "", StringComparison.Ordinal));
        Write("build/Build.cs", "System.Console.WriteLine(\"build one\");\n");
        Write("build/Environments/Sample.cs", "// apt: git\n");
        Directory.CreateDirectory(Path.Combine(_root, "src"));

        var first = await BuildShAsync();
        Assert.Contains(Compiling, first, StringComparison.Ordinal);
        Assert.Contains("build one", first, StringComparison.Ordinal);

        Write("build/Environments/Sample.cs", "// apt: git, curl\n");
        Write("build/Environments/Nested/Added.cs", "// a new definition file\n");
        var afterDefinitionEdit = await BuildShAsync();
        Assert.DoesNotContain(Compiling, afterDefinitionEdit, StringComparison.Ordinal);
        Assert.Contains("build one", afterDefinitionEdit, StringComparison.Ordinal);

        Write("build/Build.cs", "System.Console.WriteLine(\"build two\");\n");
        var afterCodeEdit = await BuildShAsync();
        Assert.Contains(Compiling, afterCodeEdit, StringComparison.Ordinal);
        Assert.Contains("build two", afterCodeEdit, StringComparison.Ordinal);
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private async Task<string> BuildShAsync()
    {
        var output = new StringWriter();
        var exit = await ProcessRunner.RunAsync("bash", [Path.Combine(_root, "build.sh")], _root, new Dictionary<string, string>(), output, CancellationToken.None);
        Assert.True(exit == 0, output.ToString());
        return output.ToString();
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
