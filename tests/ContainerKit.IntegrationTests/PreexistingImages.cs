using ContainerKit.Definitions;
using ContainerKit.Docker.Connection;
using ContainerKit.Docker.Engine;
using ContainerKit.Docker.Provisioning;
using ContainerKit.Rendering;
using ContainerKit.Scripting.Scripts;
using Docker.DotNet.Models;

namespace ContainerKit.IntegrationTests;

/// <summary>
/// The daemon state a user leaves behind, made real before the suite runs and checked after it: the example's
/// images and a stale <c>latest</c> tag of every image name the tests' definitions have outside the run's
/// namespace. A tag that exists is recorded; a missing one is planted as a decoy (the bare base image, no render
/// hash, so a test that used the name would rebuild and move it). After the suite every recorded tag must still
/// point at its image, and the decoys are removed again.
/// </summary>
/// <param name="connection">Tags and removes the decoys.</param>
/// <param name="engine">Reads image ids.</param>
public sealed class PreexistingImages(DockerConnection connection, DockerContainerEngine engine)
{
    private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);
    private readonly HashSet<string> _planted = new(StringComparer.Ordinal);

    /// <summary>Every tag recorded, with the image id it pointed at.</summary>
    public IReadOnlyDictionary<string, string> Ids => _ids;

    /// <summary>Records or plants the <c>latest</c> tags of every name in <paramref name="definitions"/>.</summary>
    public async Task RecordAsync(IEnumerable<EnvironmentDefinition> definitions)
    {
        var baseId = await IdAsync(TestEngineProvisioner.BaseImage).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"{TestEngineProvisioner.BaseImage} is missing: run ./build.sh TestEngine");
        foreach (var tag in LatestTags(definitions))
        {
            var id = await IdAsync(tag).ConfigureAwait(false);
            if (id is null)
            {
                var reference = ImageReference.Parse(tag);
                await connection.Client.Images.TagImageAsync(baseId, new ImageTagParameters { RepositoryName = reference.Repository, Tag = reference.EngineTag }).ConfigureAwait(false);
                _planted.Add(tag);
                id = baseId;
            }
            _ids[tag] = id;
        }
    }

    /// <summary>The recorded tags that no longer point at their image.</summary>
    public async Task<IReadOnlyList<string>> ChangedAsync()
    {
        var changed = new List<string>();
        foreach (var (tag, id) in _ids)
        {
            var now = await IdAsync(tag).ConfigureAwait(false);
            if (now != id) changed.Add($"{tag}: was {id}, now {now ?? "missing"}");
        }
        return changed;
    }

    /// <summary>Removes the decoys that still point at what was planted.</summary>
    public async Task RemoveDecoysAsync()
    {
        foreach (var tag in _planted)
        {
            if (await IdAsync(tag).ConfigureAwait(false) == _ids[tag])
            {
                await connection.Client.Images.DeleteImageAsync(tag, new ImageDeleteParameters()).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// The example's environments, every definition class of this assembly, and the script definitions of the
    /// tests, each with the substitution only (no namespace): the names a non-hermetic test would have used.
    /// </summary>
    public static IReadOnlyList<EnvironmentDefinition> SuiteDefinitions()
    {
        var classes = typeof(PreexistingImages).Assembly.GetTypes()
            .Where(t => typeof(EnvironmentDefinition).IsAssignableFrom(t) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (EnvironmentDefinition)Activator.CreateInstance(t)!);
        return [.. classes, .. ScriptDefinitions()];
    }

    private static IEnumerable<EnvironmentDefinition> ScriptDefinitions()
    {
        var folder = Directory.CreateTempSubdirectory("ck-it-scripts-").FullName;
        try
        {
            var loader = new ScriptDefinitionLoader<EnvironmentDefinition>(new ScriptLoaderOptions(Path.Combine(folder, "cache")));
            var definitions = new List<EnvironmentDefinition>();
            foreach (var (name, script) in TestScripts.All)
            {
                var path = Path.Combine(folder, name + ".env.csx");
                File.WriteAllText(path, script);
                definitions.AddRange(loader.Load(path));
            }
            return definitions;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static IEnumerable<string> LatestTags(IEnumerable<EnvironmentDefinition> definitions)
    {
        var settings = RenderSettings.Parse(TestEngineProvisioner.BaseImageSubstitutions, null);
        foreach (var definition in definitions)
        {
            RenderPlan plan;
            try
            {
                plan = RenderPipeline.Plan([definition], RenderSelection.All, ReadRepositoryFile, settings);
            }
            catch (ContainerKit.Diagnostics.DiagnosticException)
            {
                continue; // Test definitions that are invalid on purpose have no images.
            }
            foreach (var image in plan.Entries.SelectMany(e => e.Manifest.Images).Where(i => i.Role is ImageRoles.Run or ImageRoles.Dev))
            {
                yield return ImageTagTemplate.Expand(image.TagTemplates[0], "latest", null);
            }
        }
    }

    private static string? ReadRepositoryFile(string path)
    {
        var full = ContainerKit.Tests.RepositoryFolder.Combine(path);
        return File.Exists(full) ? File.ReadAllText(full) : null;
    }

    private async Task<string?> IdAsync(string reference) =>
        (await engine.InspectImageAsync(reference, CancellationToken.None).ConfigureAwait(false))?.Id;
}
