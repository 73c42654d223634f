using ContainerKit.Docker.Building;
using ContainerKit.Docker.Progress;
using ContainerKit.Docker.Provisioning;
using ContainerKit.Rendering;
using ContainerKit.Scripting.Compilation;
using ContainerKit.Scripting.Import;
using ContainerKit.Tests.Scripting.Import;

namespace ContainerKit.IntegrationTests.Import;

/// <summary>
/// Round trip on the real engine with the research template's 2024-07 folder (<see cref="TemplateFixtures.Layout202407"/>,
/// which lists its own deviations from the published Dockerfile in <see cref="TemplateFixtures.DockerfileDeviations"/>).
/// The folder's own Dockerfile is built (its run and dev targets, with the build args its compose files pass), the folder
/// is imported, the definition rendered and built by ContainerKit; then the run images, and the dev images, must hold the
/// same dpkg packages at the same versions and the same pip packages, and ContainerKit's images must carry the template's
/// CMD and ENV. The base image is a local NGC-like Python image (Debian's python3 and pip, installing into the system);
/// the pip requirement is a wheel from <see cref="LocalPackageIndex"/> (PyPI is unreachable), named by an
/// <c>--index-url</c> line of requirements.txt, so both builds really download and install it.
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class ImportRoundTripTests(EngineFixture engine) : IDisposable
{
    private string PythonBase => $"{engine.Namespace.Name}/containerkit-it/import-python-base:latest";
    private string TemplateImage => $"{engine.Namespace.Name}/containerkit-it/import-template";
    private static readonly TinyWheel Wheel = new("ck-import-wheel", "0.4");

    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("ck-it-import-");

    private string Repository => Path.Combine(_root.FullName, "repository");

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public async Task The_imported_2024_07_template_builds_the_same_run_and_dev_images()
    {
        using var index = new LocalPackageIndex(Wheel);
        var builder = new ImageBuilder(engine.Connection, new PlainProgressReporter(TextWriter.Synchronized(engine.Progress)));
        await BuildPythonBaseAsync(builder);
        var template = TemplateFixtures.Layout202407(PythonBase, TestEngineProvisioner.BaseImage, $"--index-url {index.Url}\n{Wheel.Name}=={Wheel.Version}\n")
            .WriteTo(Path.Combine(_root.FullName, "installation", "docker-amd64-cpu"));
        // The only deviations from the published Dockerfile, as these machines are offline: no syntax line, COPY without
        // --link, BASE_IMAGE and GIT_IMAGE naming local images, the GitHub clones replaced by local steps.
        TemplateFixtures.AssertDeviations(File.ReadAllText(Path.Combine(template, "Dockerfile")));
        Assert.Contains($"BASE_IMAGE: {PythonBase}\n        GIT_IMAGE: {TestEngineProvisioner.BaseImage}\n", File.ReadAllText(Path.Combine(template, "compose-base.yaml")));

        // What ./template.sh build_generic passes: compose-base.yaml's args, and the names of .env (template.sh's defaults).
        var args = new Dictionary<string, string>
        {
            ["BASE_IMAGE"] = PythonBase,
            ["GIT_IMAGE"] = TestEngineProvisioner.BaseImage,
            ["BASE_ENTRYPOINT"] = TemplateFixtures.DummyBaseEntrypoint,
            ["PROJECT_NAME"] = TemplateFixtures.DefaultProjectName,
            ["PACKAGE_NAME"] = TemplateFixtures.DefaultPackageName,
        };
        await BuildAsync(builder, template, TemplateImporter.RuntimeStage, $"{TemplateImage}:run", args);
        await BuildAsync(builder, template, TemplateImporter.DevelopmentStage, $"{TemplateImage}:dev", args);

        var folder = await engine.BuildGenericAsync(Import(template), ReadRepositoryFile);
        var importedRun = EngineFixture.Image(folder, ImageRoles.Run);
        var importedDev = EngineFixture.Image(folder, ImageRoles.Dev);

        var templateRun = await DpkgAsync($"{TemplateImage}:run");
        var templateDev = await DpkgAsync($"{TemplateImage}:dev");
        Assert.Equal(templateRun, await DpkgAsync(importedRun));
        // ContainerKit's dev image adds Debian's packages of the zsh plugins that the template clones in get-pure (the DSL's dev zsh).
        var dev = await DpkgAsync(importedDev);
        Assert.All(ShellFiles.ZshPluginPackages, p => Assert.Contains(dev, l => l.StartsWith(p + " ", StringComparison.Ordinal)));
        Assert.Equal(templateDev, dev.Where(l => !ShellFiles.ZshPluginPackages.Any(p => l.StartsWith(p + " ", StringComparison.Ordinal))));
        Assert.All(TemplateFixtures.RuntimeApt, p => Assert.Contains(templateRun, l => l.StartsWith(p + " ", StringComparison.Ordinal)));
        Assert.All(TemplateFixtures.DevApt, p => Assert.Contains(templateDev, l => l.StartsWith(p + " ", StringComparison.Ordinal)));
        Assert.DoesNotContain(templateRun, l => l.StartsWith("gcc ", StringComparison.Ordinal)); // apt-build.txt stays out of the run image

        var templatePip = await PipAsync($"{TemplateImage}:run");
        Assert.Contains($"{Wheel.Name}=={Wheel.Version}", templatePip);
        Assert.Equal(templatePip, await PipAsync(importedRun));
        Assert.Equal(await PipAsync($"{TemplateImage}:dev"), await PipAsync(importedDev));
        Assert.True(index.Downloads >= 2, "each build must download the wheel from the local index");

        // The run image runs the template's CMD; the dev image opens the DSL's dev shell, zsh as in the template.
        var run = (await engine.Connection.Client.Images.InspectImageAsync(importedRun)).Config;
        var devConfig = (await engine.Connection.Client.Images.InspectImageAsync(importedDev)).Config;
        Assert.Equal(["/bin/zsh"], run?.Cmd ?? []);
        Assert.EndsWith("zsh", devConfig?.Cmd?.FirstOrDefault() ?? "", StringComparison.Ordinal);
        Assert.Contains($"{TemplateFixtures.CarriedEnv}=1", run?.Env ?? []);
        Assert.Contains($"{TemplateFixtures.CarriedEnv}=1", devConfig?.Env ?? []);
    }

    /// <summary>A local stand-in for an NGC-like base: a system Python whose pip installs into it (no PEP 668 marker).</summary>
    private async Task BuildPythonBaseAsync(ImageBuilder builder)
    {
        var context = Directory.CreateDirectory(Path.Combine(_root.FullName, "python-base")).FullName;
        File.WriteAllText(Path.Combine(context, "Dockerfile"), $"""
            FROM {TestEngineProvisioner.BaseImage}
            RUN --mount=type=cache,target=/var/cache/apt,sharing=locked --mount=type=cache,target=/var/lib/apt/lists,sharing=locked \
                apt-get update && apt-get install -y --no-install-recommends python3 python3-pip python3-venv \
                && rm -f /usr/lib/python3*/EXTERNALLY-MANAGED

            """);
        await BuildAsync(builder, context, null, PythonBase, new Dictionary<string, string>());
    }

    /// <summary>Imports the folder into a scratch repository, as <c>./build.sh Import</c> does, and loads the class.</summary>
    private Definitions.EnvironmentDefinition Import(string template)
    {
        var repository = Repository;
        Directory.CreateDirectory(Path.Combine(repository, "build"));
        File.WriteAllText(Path.Combine(repository, "build", "Build.cs"), "static class Build { static int Main() => 0; }\n");
        var options = new ImportOptions("ImportRoundTripEnvironment");
        var import = TemplateImporter.Import(TemplateFolderReader.Open(template, repository), options);
        var guard = new CompilationGuard(ReferenceSet.FromAssemblies([typeof(Definitions.EnvironmentDefinition).Assembly]));
        new DefinitionImportWriter(guard, repository).Write(import, options, force: false);

        // Rendering puts the images under the run's namespace.
        var source = File.ReadAllText(Path.Combine(repository, options.DefinitionFile));
        Assert.Contains($"new(\"{TemplateFixtures.DefaultProjectName}\", package: \"{TemplateFixtures.DefaultPackageName}\")", source);
        var definition = DefinitionCompiler.Instantiate(source);
        Assert.Equal("import-round-trip", definition.Name);
        return definition;
    }

    /// <summary>Reads a dependency file of the scratch repository, as the Render target does.</summary>
    private string? ReadRepositoryFile(string path)
    {
        var full = Path.Combine(Repository, path);
        return File.Exists(full) ? File.ReadAllText(full) : null;
    }

    private static Task BuildAsync(ImageBuilder builder, string folder, string? target, string tag, IReadOnlyDictionary<string, string> args) =>
        builder.BuildAsync(new BuildRequest(folder, "import/" + (target ?? "base")) { Target = target, Tags = [tag], BuildArgs = args, Platform = "linux/amd64" }, CancellationToken.None);

    /// <summary>Every installed package as <c>name version</c>, sorted.</summary>
    private async Task<IReadOnlyList<string>> DpkgAsync(string image)
    {
        var (exit, output, error) = await engine.RunAsync(image, ["dpkg-query", "--show", "--showformat=${Package} ${Version}\\n"]);
        Assert.True(exit == 0, $"{image}: {error}");
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).ToList();
        Assert.All(lines, l => Assert.Matches(@"^\S+ \S+$", l));
        return lines;
    }

    /// <summary>The <c>pip list --format freeze</c> lines of the interpreter <c>python3</c> resolves to, sorted.</summary>
    private async Task<IReadOnlyList<string>> PipAsync(string image)
    {
        var (exit, output, error) = await engine.RunAsync(image, ["python3", "-m", "pip", "list", "--format", "freeze"]);
        Assert.True(exit == 0, $"{image}: {error}");
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).ToList();
    }
}
