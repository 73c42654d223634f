using ContainerKit.Docker.Processes;
using ContainerKit.Docker.Provisioning;
using ContainerKit.Rendering;
using ContainerKit.Tests;
using ContainerKit.Tests.Scripting.Import;

namespace ContainerKit.IntegrationTests.Adoption;

/// <summary>
/// Issue 12 (1, 2): <c>./build.sh Pack</c>, then <c>dotnet new install</c> of the template package from the local folder,
/// <c>dotnet new containerkit --packages</c> in a scratch git repository holding a small Python package, and the
/// scaffolded <c>./build.sh</c> renders, builds and runs it on the real engine (and refuses a CK1090 definition with exit 2). The ContainerKit packages restore into a
/// temporary NuGet packages folder and the template installs into a temporary <c>dotnet new</c> hive, so neither the
/// user's package cache nor their templates are read or changed.
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class ScaffoldTests(EngineFixture engine, PackedPackages packages) : IClassFixture<PackedPackages>, IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("ck-scaffold-").FullName;

    private string Hive => Path.Combine(_scratch, "hive");

    private string Repository => Path.Combine(_scratch, "tinypkg");

    private string Packages => packages.Folder;

    /// <summary>The scaffolded build: NuGet packages in the scratch folder, output of dotnet quiet.</summary>
    private Dictionary<string, string> Environment => new()
    {
        ["NUGET_PACKAGES"] = Path.Combine(_scratch, "nuget-packages"),
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
    };

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    [Fact]
    public async Task Pack_install_scaffold_then_Render_BuildGeneric_and_Run_in_a_python_repository()
    {
        Assert.True(packages.Pack.Exit == 0, packages.Pack.Output);
        var version = packages.Version;
        foreach (var id in PackedPackages.Ids)
        {
            Assert.True(File.Exists(Path.Combine(Packages, $"{id}.{version}.nupkg")), $"{id}.{version}.nupkg is missing:\n{packages.Pack.Output}");
        }

        var install = await RunAsync(_scratch, "dotnet", "new", "install", packages.Template, "--debug:custom-hive", Hive);
        Assert.True(install.Exit == 0, install.Output);
        await WritePythonRepositoryAsync();

        var scaffold = await RunAsync(Repository, "dotnet", "new", "containerkit", "--packages", Packages, "--debug:custom-hive", Hive);

        Assert.True(scaffold.Exit == 0, scaffold.Output);
        foreach (var file in new[] { "build/Build.cs", "build/Environments/ProjectEnvironment.cs", "build/_build.csproj", "build.sh", "build.cmd", "build.ps1",
                     "global.json", ".nuke/parameters.json", ".nuke/.gitignore", "build/.gitignore", "artifacts/.gitignore", "nuget.config" })
        {
            Assert.True(File.Exists(Path.Combine(Repository, file)), $"{file} was not scaffolded:\n{scaffold.Output}");
        }
        Assert.True((File.GetUnixFileMode(Path.Combine(Repository, "build.sh")) & UnixFileMode.UserExecute) != 0, "build.sh is not executable");
        var project = File.ReadAllText(Path.Combine(Repository, "build/_build.csproj"));
        Assert.Contains($"<ContainerKitVersion>{version}</ContainerKitVersion>", project, StringComparison.Ordinal);
        Assert.Contains("""<PackageReference Include="ContainerKit.Targets" Version="$(ContainerKitVersion)" />""", project, StringComparison.Ordinal);
        Assert.DoesNotContain("ProjectReference", project, StringComparison.Ordinal);
        Assert.Contains($"value=\"{Packages}\"", File.ReadAllText(Path.Combine(Repository, "nuget.config")), StringComparison.Ordinal);
        Assert.DoesNotContain("<clear", File.ReadAllText(Path.Combine(Repository, "nuget.config")), StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(RepositoryFolder.Combine("global.json")), File.ReadAllText(Path.Combine(Repository, "global.json")));

        var render = await BuildAsync("Render");
        Assert.True(render.Exit == 0, render.Output);
        Assert.Contains("artifacts/containers/project/amd64-cpu", render.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Repository, "artifacts/containers/project/amd64-cpu", RenderManifest.FileName)), render.Output);

        // Issue 13 (3): the packages' analyzer runs in the scaffolded host's compile of definitions.
        var silent = Path.Combine(Repository, "build/Environments/SilentEnvironment.cs");
        await File.WriteAllTextAsync(silent, ContainerKit.Tests.Analyzers.SilentDefinition.Source);
        var refused = await BuildAsync("Render");
        File.Delete(silent);
        Assert.True(refused.Exit == 2, refused.Output);
        Assert.Contains("error CK1090 at build/Environments/SilentEnvironment.cs:11:37: SilentEnvironment overrides both Pip and PipFor(MatrixEntry)", refused.Output, StringComparison.Ordinal);

        var build = await BuildAsync("BuildGeneric");
        Assert.True(build.Exit == 0, build.Output);
        var image = $"{engine.Namespace.Name}/tinypkg:amd64-cpu-run-latest-root";
        var run = await engine.Engine.InspectImageAsync(image, CancellationToken.None);
        Assert.NotNull(run);
        Assert.True(run.Labels.ContainsKey(RenderManifest.ContentHashLabel), $"{image} has no render-hash label");
        Assert.NotNull(await engine.Engine.InspectImageAsync($"{engine.Namespace.Name}/tinypkg:amd64-cpu-dev-latest-root", CancellationToken.None));

        var ran = await BuildAsync("Run", "--command", "python -c 'import sys, tinypkg; print(tinypkg.greet(), sys.prefix != sys.base_prefix)'");
        Assert.True(ran.Exit == 0, ran.Output);
        Assert.Contains("hello from tinypkg True", ran.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task From_a_template_folder_the_first_run_of_Import_writes_the_definition()
    {
        Assert.True(packages.Pack.Exit == 0, packages.Pack.Output);
        var install = await RunAsync(_scratch, "dotnet", "new", "install", packages.Template, "--debug:custom-hive", Hive);
        Assert.True(install.Exit == 0, install.Output);
        await WritePythonRepositoryAsync();
        TemplateFixtures.Layout202407(TestEngineProvisioner.BaseImage, TestEngineProvisioner.BaseImage, "tinypkg-dependency==1.0\n")
            .WriteTo(Path.Combine(Repository, "installation", "docker-amd64-cpu"));

        var scaffold = await RunAsync(Repository, "dotnet", "new", "containerkit", "--packages", Packages, "--from", "installation/docker-amd64-cpu",
            "--debug:custom-hive", Hive);

        Assert.True(scaffold.Exit == 0, scaffold.Output);
        Assert.False(File.Exists(Path.Combine(Repository, "build/Environments/ProjectEnvironment.cs")));
        Assert.Contains("\"definition\": \"installation/docker-amd64-cpu\"", File.ReadAllText(Path.Combine(Repository, ".nuke/parameters.json")), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Repository, ".nuke/parameters.import.json")));

        var import = await BuildAsync("Import");

        Assert.True(import.Exit == 0, import.Output);
        var definition = File.ReadAllText(Path.Combine(Repository, "build/Environments/ImportedEnvironment.cs"));
        Assert.Contains("class ImportedEnvironment", definition, StringComparison.Ordinal);
    }

    /// <summary>A git repository with a small Python package (flat layout, packages named) and one commit.</summary>
    private async Task WritePythonRepositoryAsync()
    {
        Directory.CreateDirectory(Path.Combine(Repository, "tinypkg"));
        await File.WriteAllTextAsync(Path.Combine(Repository, "tinypkg", "__init__.py"), "def greet():\n    return \"hello from tinypkg\"\n");
        await File.WriteAllTextAsync(Path.Combine(Repository, "pyproject.toml"),
            "[project]\nname = \"tinypkg\"\nversion = \"0.1.0\"\n\n[tool.setuptools]\npackages = [\"tinypkg\"]\n");
        foreach (var git in new[] { new[] { "init", "-q" }, ["add", "."], ["-c", "user.name=ck", "-c", "user.email=ck@localhost", "commit", "-q", "-m", "python package"] })
        {
            var result = await RunAsync(Repository, "git", git);
            Assert.True(result.Exit == 0, result.Output);
        }
    }

    /// <summary>The scaffolded <c>./build.sh</c>, in the run's image namespace and on the test base.</summary>
    private Task<(int Exit, string Output)> BuildAsync(params string[] arguments) =>
        RunAsync(Repository, Path.Combine(Repository, "build.sh"),
            [.. arguments, "--image-namespace", engine.Namespace.Name, "--base-image-substitutions", .. TestEngineProvisioner.BaseImageSubstitutions]);

    private async Task<(int Exit, string Output)> RunAsync(string folder, string program, params string[] arguments)
    {
        var output = new StringWriter();
        var exit = await ProcessRunner.RunAsync(program, arguments, folder, Environment, TextWriter.Synchronized(output), CancellationToken.None);
        return (exit, output.ToString());
    }
}
