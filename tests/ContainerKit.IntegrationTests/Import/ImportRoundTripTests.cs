using ContainerKit.Docker.Provisioning;
using ContainerKit.Docker.Building;
using ContainerKit.Docker.Progress;
using ContainerKit.Rendering;
using ContainerKit.Scripting.Compilation;
using ContainerKit.Scripting.Import;
using ContainerKit.Tests.Scripting.Import;

namespace ContainerKit.IntegrationTests.Import;

/// <summary>
/// Round trip on the real engine: a template-style folder (written here) is built as is, imported, rendered and
/// built by ContainerKit; both images must hold the same versions of the listed apt packages and of the pip
/// requirement. The requirement comes from <see cref="LocalPackageIndex"/> (PyPI is unreachable), named by an
/// <c>--index-url</c> line of requirements.txt, so both builds really download and install it.
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class ImportRoundTripTests(EngineFixture engine) : IDisposable
{
    private const string BaseImage = "debian:bookworm-slim";
    private string TemplateImage => $"{engine.Namespace.Name}/containerkit-it/import-template";
    private string RenderedImage => $"{engine.Namespace.Name}/containerkit-it/import-rendered";
    private static readonly string[] PythonApt = ["python3", "python3-pip", "python3-venv"];
    private static readonly string[] BuildApt = ["file"];
    private static readonly string[] RuntimeApt = ["jq"];
    private static readonly string[] DevApt = ["less"];
    private static readonly TinyWheel Wheel = new("ck-import-wheel", "0.3");

    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("ck-it-import-");

    private string Repository => Path.Combine(_root.FullName, "repository");

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public async Task Imported_definition_installs_the_same_packages_as_the_template()
    {
        using var index = new LocalPackageIndex(Wheel);
        var template = WriteTemplate(Path.Combine(_root.FullName, "installation", "docker-amd64-cpu"), index.Url);
        var builder = new ImageBuilder(engine.Connection, new PlainProgressReporter(TextWriter.Synchronized(engine.Progress)));
        await BuildAsync(builder, template, "build-deps", $"{TemplateImage}:build", new Dictionary<string, string> { ["BASE_IMAGE"] = TestEngineProvisioner.BaseImage });
        await BuildAsync(builder, template, TemplateImporter.DevelopmentStage, $"{TemplateImage}:dev", new Dictionary<string, string> { ["BASE_IMAGE"] = TestEngineProvisioner.BaseImage });

        var definition = Import(template);
        var folder = await engine.BuildGenericAsync(definition, ReadRepositoryFile);
        await BuildAsync(builder, folder, StageNames.PythonEnvironment, $"{RenderedImage}:build", new Dictionary<string, string>());

        var devPackages = await DpkgVersionsAsync($"{TemplateImage}:dev", [.. PythonApt, .. RuntimeApt, .. DevApt]);
        Assert.Equal(devPackages, await DpkgVersionsAsync(EngineFixture.Image(folder, ImageRoles.Dev), [.. PythonApt, .. RuntimeApt, .. DevApt]));
        var buildPackages = await DpkgVersionsAsync($"{TemplateImage}:build", [.. PythonApt, .. BuildApt]);
        Assert.Equal(buildPackages, await DpkgVersionsAsync($"{RenderedImage}:build", [.. PythonApt, .. BuildApt]));
        var requirement = await PipRequirementAsync($"{TemplateImage}:dev");
        Assert.Equal($"{Wheel.Name}=={Wheel.Version}", requirement);
        Assert.Equal(requirement, await PipRequirementAsync(EngineFixture.Image(folder, ImageRoles.Dev)));
        Assert.True(index.Downloads >= 1, "pip never downloaded the wheel from the local index");
    }

    /// <summary>Imports the folder into a scratch repository, as <c>./build.sh Import</c> does, and loads the class.</summary>
    private Definitions.EnvironmentDefinition Import(string template)
    {
        var repository = Repository;
        Directory.CreateDirectory(Path.Combine(repository, "build"));
        File.WriteAllText(Path.Combine(repository, "build", "Build.cs"), "static class Build { static int Main() => 0; }\n");
        var options = new ImportOptions("ImportRoundTripEnvironment") { ProjectName = "import-round-trip" };
        var import = TemplateImporter.Import(TemplateFolderReader.Open(template, repository), options);
        var guard = new CompilationGuard(ReferenceSet.FromAssemblies([typeof(Definitions.EnvironmentDefinition).Assembly]));
        new DefinitionImportWriter(guard, repository).Write(import, options, force: false);

        // Only the image name changes, to keep the test's images under containerkit-it/.
        var source = File.ReadAllText(Path.Combine(repository, options.DefinitionFile))
            .Replace("new(\"import-round-trip\")", $"new(\"import-round-trip\", imageName: \"{RenderedImage}\")", StringComparison.Ordinal);
        Assert.Contains(RenderedImage, source);
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

    private static Task BuildAsync(ImageBuilder builder, string folder, string target, string tag, IReadOnlyDictionary<string, string> args) =>
        builder.BuildAsync(new BuildRequest(folder, "import/" + target) { Target = target, Tags = [tag], BuildArgs = args, Platform = "linux/amd64" }, CancellationToken.None);

    /// <summary><c>name version</c> lines of the packages (dpkg sorts them by name); every package must be installed.</summary>
    private async Task<IReadOnlyList<string>> DpkgVersionsAsync(string image, IReadOnlyList<string> packages)
    {
        var (exit, output, error) = await engine.RunAsync(image, ["dpkg-query", "--show", "--showformat=${Package} ${Version}\\n", .. packages]);
        Assert.True(exit == 0, $"{image}: {error}");
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(packages.Order(StringComparer.Ordinal), lines.Select(l => l.Split(' ')[0]));
        Assert.All(lines, l => Assert.Matches(@"^\S+ \S+$", l));
        return lines;
    }

    /// <summary>The wheel's <c>name==version</c> line of <c>pip list</c>, after importing its module.</summary>
    private async Task<string> PipRequirementAsync(string image)
    {
        var (exit, output, error) = await engine.RunAsync(image,
            ["bash", "-c", $"python3 -c 'import {Wheel.Module}; print({Wheel.Module}.VALUE)' && python3 -m pip list --format freeze"]);
        Assert.True(exit == 0, $"{image}: {error}");
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Wheel.Value, lines[0]);
        return Assert.Single(lines, l => l.StartsWith(Wheel.Name + "==", StringComparison.Ordinal));
    }

    /// <summary>Writes the template-style folder: a shared Python stage, build deps in a venv, runtime and dev apt lists.</summary>
    private static string WriteTemplate(string folder, string indexUrl)
    {
        Directory.CreateDirectory(folder);
        const string AptCache = "--mount=type=cache,target=/var/cache/apt,sharing=locked \\\n    --mount=type=cache,target=/var/lib/apt/lists,sharing=locked";
        File.WriteAllText(Path.Combine(folder, "Dockerfile"), $$"""
            # Template-style installation for amd64 x cpu; BASE_IMAGE comes from compose-base.yaml.
            ARG BASE_IMAGE

            FROM ${BASE_IMAGE} AS python-base
            RUN {{AptCache}} \
                apt-get update && apt-get install -y --no-install-recommends {{string.Join(' ', PythonApt)}}

            FROM python-base AS build-deps
            RUN {{AptCache}} \
                --mount=type=bind,source=apt-build.txt,target=/tmp/apt-build.txt \
                apt-get update && xargs apt-get install -y --no-install-recommends < /tmp/apt-build.txt
            COPY requirements.txt /tmp/deps/requirements.txt
            RUN python3 -m venv /opt/venv && /opt/venv/bin/pip install --no-cache-dir -r /tmp/deps/requirements.txt

            FROM python-base AS runtime-generic
            COPY apt-runtime.txt /tmp/deps/
            RUN {{AptCache}} \
                apt-get update && apt-get install -y --no-install-recommends $(cat /tmp/deps/apt-runtime.txt)
            COPY --from=build-deps /opt/venv /opt/venv
            ENV PATH=/opt/venv/bin:$PATH

            FROM runtime-generic AS development-generic
            RUN {{AptCache}} \
                --mount=type=bind,source=apt-dev.txt,target=/tmp/apt-dev.txt \
                apt-get update && cat /tmp/apt-dev.txt | xargs apt-get install -y --no-install-recommends
            """.Replace("\r\n", "\n"));
        File.WriteAllText(Path.Combine(folder, "compose-base.yaml"),
            $"services:\n  build-args:\n    build:\n      args:\n        BASE_IMAGE: {BaseImage}\n        PROJECT_NAME: ${{PROJECT_NAME}}\n");
        File.WriteAllText(Path.Combine(folder, "apt-build.txt"), string.Join('\n', BuildApt) + "\n");
        File.WriteAllText(Path.Combine(folder, "apt-runtime.txt"), string.Join('\n', RuntimeApt) + "\n");
        File.WriteAllText(Path.Combine(folder, "apt-dev.txt"), string.Join('\n', DevApt) + "\n");
        File.WriteAllText(Path.Combine(folder, "requirements.txt"), $"--index-url {indexUrl}\n{Wheel.Name}=={Wheel.Version}\n");
        return folder;
    }
}
