using ContainerKit.Docker.Engine;
using ContainerKit.IntegrationTests.Import;
using ContainerKit.Rendering;

namespace ContainerKit.IntegrationTests.PythonBases;

/// <summary>
/// from-python on every kind of Python base (issue 11, item 4): a local base image of the kind, a requirement
/// installed from a local index, and the mounted project installed editable by the entrypoint. In the run and the
/// dev image, as root and as a user, a login shell's <c>python</c> is the environment's and imports the base's
/// package, the environment's package and the project, each from where it was installed.
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class PythonBaseTests(EngineFixture engine) : IAsyncLifetime
{
    private const string ProjectRootAt = "/project/ck-pybase";
    private static readonly UserBuildOptions Alice = new("alice", 1234, "lab", 4321);
    private static readonly TinyWheel EnvironmentWheel = new("ck-env-wheel", "0.2");
    private static readonly Lazy<byte[]> BaseWheelBytes = new(PythonBaseImage.BaseWheel.Build);

    private readonly DirectoryInfo _project = Directory.CreateTempSubdirectory("ck-it-pybase-project-");

    public Task InitializeAsync()
    {
        // The user of the user images installs the project too, so the mounted folder is writable for every uid.
        var package = Directory.CreateDirectory(Path.Combine(_project.FullName, PythonBaseEnvironment.Package));
        File.WriteAllText(Path.Combine(package.FullName, "__init__.py"), "ANSWER = 42\n");
        File.WriteAllText(Path.Combine(_project.FullName, "pyproject.toml"),
            $"[project]\nname = \"ck-pybase-project\"\nversion = \"0.1\"\ndependencies = [\"{EnvironmentWheel.Name}\"]\n"
            + "[build-system]\nrequires = [\"setuptools\"]\nbuild-backend = \"setuptools.build_meta\"\n");
        foreach (var path in new[] { _project.FullName, package.FullName })
            File.SetUnixFileMode(path, (UnixFileMode)0b111_111_111);
        return Task.CompletedTask;
    }

    /// <summary>The base images live in the run's namespace, which the fixture cleans up.</summary>
    public Task DisposeAsync()
    {
        _project.Delete(recursive: true);
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData(PythonBaseKind.System)]
    [InlineData(PythonBaseKind.VirtualEnv)]
    [InlineData(PythonBaseKind.Prefix)]
    public async Task Base_packages_stay_importable_next_to_the_environment_and_the_editable_project(PythonBaseKind kind)
    {
        var baseImage = $"{engine.Namespace.Name}/pybase-{kind.ToString().ToLowerInvariant()}:base";
        await PythonBaseImage.BuildAsync(engine, kind, baseImage, BaseWheelBytes.Value);
        using var index = new LocalPackageIndex(EnvironmentWheel);
        var definition = new PythonBaseEnvironment(kind, baseImage);
        var requirements = $"--index-url {index.Url}\n{EnvironmentWheel.Name}=={EnvironmentWheel.Version}\n";
        var folder = await engine.BuildGenericAsync(definition, path => path == PythonBaseEnvironment.RequirementsFile ? requirements : null);
        await engine.Engine.BuildUserAsync(folder, Alice with { Revisions = ["latest"] }, CancellationToken.None);

        var base_ = PythonBaseImage.BaseWheel.Module;
        var environment = EnvironmentWheel.Module;
        var script = "import os, " + base_ + ", " + environment + ", " + PythonBaseEnvironment.Package + ", sys; "
                     + $"print(sys.executable); print(os.path.dirname({base_}.__file__)); print({environment}.VALUE); print({PythonBaseEnvironment.Package}.__file__)";
        foreach (var (role, user) in new[] { (ImageRoles.Run, (string?)null), (ImageRoles.Dev, null), (ImageRoles.RunUser, Alice.UserName), (ImageRoles.DevUser, Alice.UserName) })
        {
            var image = EngineFixture.Image(folder, role, user);
            var (exit, output, error) = await engine.RunAsync(image, ["bash", "-lc", $"python -c '{script}'"],
                o => o with { ProjectFolder = _project.FullName, ProjectRootAt = ProjectRootAt });

            Assert.True(exit == 0, $"{kind} {image}: {error}");
            Assert.Equal(
                ["/opt/venv/bin/python", $"{PythonBaseImage.SitePackages(kind)}/{base_}", EnvironmentWheel.Value, $"{ProjectRootAt}/{PythonBaseEnvironment.Package}/__init__.py"],
                output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains($"Checking that the package '{PythonBaseEnvironment.Package}' imports", error, StringComparison.Ordinal);
        }
        Assert.True(index.Downloads >= 1, "pip never downloaded the environment's wheel from the local index");
    }
}
