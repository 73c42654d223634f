using System.Collections.Concurrent;
using ContainerKit.Definitions;
using ContainerKit.Docker.Connection;
using ContainerKit.Docker.Engine;
using ContainerKit.Docker.Progress;
using ContainerKit.Docker.Provisioning;
using ContainerKit.Rendering;
using Docker.DotNet.Models;

namespace ContainerKit.IntegrationTests;

/// <summary>
/// A connection to the real engine the TestEngine target provisioned, a temporary output root, and images
/// built once per test run. No engine is a failure, never a skip. Hermetic: everything the suite renders gets
/// the run's own <see cref="Namespace"/> and the test base through a base-image substitution, so the suite never
/// depends on, nor changes, images a user or an earlier run left; <see cref="PreexistingImages"/> checks that.
/// </summary>
public sealed class EngineFixture : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _built = new();
    private PreexistingImages _preexisting = null!;

    /// <summary>Rendered folders live here.</summary>
    public string Root { get; } = Directory.CreateTempSubdirectory("ck-it-").FullName;

    /// <summary>The run's own image namespace.</summary>
    public RunNamespace Namespace { get; } = new();

    /// <summary>The render settings of every render in the suite: the run's namespace and the test base.</summary>
    public RenderSettings Settings => RenderSettings.Parse(TestEngineProvisioner.BaseImageSubstitutions, Namespace.Name);

    /// <summary>The same settings as target parameters, for runs through the host.</summary>
    public IReadOnlyList<string> HostArguments =>
        ["--image-namespace", Namespace.Name, "--base-image-substitutions", .. TestEngineProvisioner.BaseImageSubstitutions];

    /// <summary>Build progress of every build, for diagnosing failures.</summary>
    public StringWriter Progress { get; } = new();

    /// <summary>The connection.</summary>
    public DockerConnection Connection { get; private set; } = null!;

    /// <summary>The engine under test.</summary>
    public DockerContainerEngine Engine { get; private set; } = null!;

    /// <summary>The tags that existed (or were planted) before the suite, with their image ids.</summary>
    public IReadOnlyDictionary<string, string> Preexisting => _preexisting.Ids;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        Connection = await DockerConnection.ConnectAsync(CancellationToken.None);
        Engine = new DockerContainerEngine(Connection, new PlainProgressReporter(TextWriter.Synchronized(Progress)));
        Assert.True(await Engine.InspectImageAsync(TestEngineProvisioner.BaseImage, CancellationToken.None) is not null,
            $"{TestEngineProvisioner.BaseImage} is missing: run ./build.sh TestEngine");
        Assert.True(await Engine.InspectImageAsync(TestEngineProvisioner.Arm64BaseImage, CancellationToken.None) is not null,
            $"{TestEngineProvisioner.Arm64BaseImage} is missing: run ./build.sh TestEngine");
        _preexisting = new PreexistingImages(Connection, Engine);
        await _preexisting.RecordAsync(PreexistingImages.SuiteDefinitions());
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        // Cleanup first and always; then fail the run when the suite touched what it did not create.
        var problems = await Namespace.CleanAsync(Connection);
        var changed = await _preexisting.ChangedAsync();
        await _preexisting.RemoveDecoysAsync();
        Connection.Dispose();
        Directory.Delete(Root, recursive: true);
        Assert.True(changed.Count == 0, "images the suite did not create changed during the run (by the suite, or by another process using the daemon):\n" + string.Join("\n", changed));
        Assert.True(problems.Count == 0, $"cleanup of {Namespace.Name} left:\n" + string.Join("\n", problems));
    }

    /// <summary>Renders the amd64-cpu entry of <paramref name="definition"/> under <see cref="Root"/>; returns the folder.</summary>
    /// <param name="definition">The definition.</param>
    /// <param name="readFile">Reads the dependency files it names; none by default.</param>
    public string Render(EnvironmentDefinition definition, Func<string, string?>? readFile = null)
    {
        var plan = RenderPipeline.Plan([definition], new RenderSelection([], ["amd64"], ["cpu"]), readFile ?? (_ => null), Settings);
        return Assert.Single(RenderOutput.Write(plan, Root)).Folder;
    }

    /// <summary>Renders and builds the generic images once per run; returns the folder.</summary>
    /// <param name="definition">The definition.</param>
    /// <param name="readFile">Reads the dependency files it names; none by default.</param>
    public Task<string> BuildGenericAsync(EnvironmentDefinition definition, Func<string, string?>? readFile = null) =>
        _built.GetOrAdd("generic:" + definition.Name, _ => new Lazy<Task<string>>(async () =>
        {
            var folder = Render(definition, readFile);
            await Engine.BuildGenericAsync(folder, new GenericBuildOptions { Revisions = ["latest", "it"] }, CancellationToken.None);
            return folder;
        })).Value;

    /// <summary>Builds the generic images, then the user layer for <paramref name="user"/>; returns the folder.</summary>
    public Task<string> BuildUserAsync(EnvironmentDefinition definition, UserBuildOptions user) =>
        _built.GetOrAdd($"user:{definition.Name}:{user.UserName}", _ => new Lazy<Task<string>>(async () =>
        {
            var folder = await BuildGenericAsync(definition);
            await Engine.BuildUserAsync(folder, user with { Revisions = ["latest", "it"] }, CancellationToken.None);
            return folder;
        })).Value;

    /// <summary>The image reference of <paramref name="role"/> in a rendered folder, at revision latest.</summary>
    public static string Image(string folder, string role, string? user = null)
    {
        var manifest = ManifestJson.Read(File.ReadAllText(Path.Combine(folder, RenderManifest.FileName)));
        return ImageTagTemplate.Expand(manifest.Image(role).TagTemplates[0], "latest", user);
    }

    /// <summary>
    /// The test base pushed to the test registry as <c>REGISTRY/NAMESPACE/<paramref name="name"/>:1</c>, its local tag
    /// removed again (so builds pull it and digests come from the registry); returns the reference.
    /// </summary>
    public async Task<string> PushRegistryOnlyBaseAsync(string name)
    {
        var repository = $"{TestEngineProvisioner.RegistryAddress}/{Namespace.Name}/{name}";
        var images = Connection.Client.Images;
        await images.TagImageAsync(TestEngineProvisioner.BaseImage, new ImageTagParameters { RepositoryName = repository, Tag = "1" }, CancellationToken.None);
        await images.PushImageAsync(repository, new ImagePushParameters { Tag = "1" }, new AuthConfig(), new Progress<JSONMessage>(), CancellationToken.None);
        await images.DeleteImageAsync(repository + ":1", new ImageDeleteParameters(), CancellationToken.None);
        Assert.Null(await Engine.InspectImageAsync(repository + ":1", CancellationToken.None));
        return repository + ":1";
    }

    /// <summary>Runs <paramref name="command"/> in <paramref name="image"/>; returns exit code, stdout and stderr.</summary>
    public async Task<(int Exit, string Output, string Error)> RunAsync(string image, IReadOnlyList<string> command, Func<RunOptions, RunOptions>? configure = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var options = new RunOptions(image, command) { StandardOutput = output, StandardError = error, UnlimitedMemlock = Docker.Workspace.HostLimits.CanRaiseMemlock() };
        var exit = await Engine.RunAsync(configure is null ? options : configure(options), CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }
}
