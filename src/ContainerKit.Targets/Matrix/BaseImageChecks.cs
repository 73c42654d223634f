using System.Collections.Concurrent;
using ContainerKit.Docker.Building;
using ContainerKit.Docker.Engine;

namespace ContainerKit.Targets.Matrix;

/// <summary>
/// The base images of a matrix run, each checked once (<see cref="IContainerEngine.CheckBaseImageAsync"/>) however many
/// entries start FROM it, so one that cannot be pulled fails with one diagnostic naming every entry that needs it.
/// </summary>
internal sealed class BaseImageChecks
{
    private readonly IContainerEngine _engine;
    private readonly bool _pull;
    private readonly Dictionary<string, IReadOnlyList<string>> _imagesByFolder;
    private readonly Dictionary<string, IReadOnlyList<string>> _entriesByImage;
    private readonly ConcurrentDictionary<string, Lazy<Task>> _checks = new(StringComparer.Ordinal);

    /// <summary>Reads the generic Dockerfile of each folder for its base images.</summary>
    public BaseImageChecks(IContainerEngine engine, IReadOnlyList<RenderedFolder> folders, bool pull)
    {
        _engine = engine;
        _pull = pull;
        _imagesByFolder = folders.ToDictionary(f => f.Path, ImagesOf, StringComparer.Ordinal);
        _entriesByImage = folders
            .SelectMany(f => _imagesByFolder[f.Path].Select(image => (Image: image, Entry: MatrixRunner.NameOf(f))))
            .GroupBy(p => p.Image, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(p => p.Entry).Distinct().ToList(), StringComparer.Ordinal);
    }

    /// <summary>Checks the base images of <paramref name="folder"/> (each at most once per run).</summary>
    public async Task CheckAsync(RenderedFolder folder, CancellationToken cancellationToken)
    {
        foreach (var image in _imagesByFolder[folder.Path])
        {
            await _checks.GetOrAdd(image, i => new Lazy<Task>(() => _engine.CheckBaseImageAsync(i, _pull, _entriesByImage[i], cancellationToken))).Value.ConfigureAwait(false);
        }
    }

    private static IReadOnlyList<string> ImagesOf(RenderedFolder folder) =>
        folder.Manifest.Images.Where(i => i.BaseRole is null).Select(i => i.Dockerfile).Distinct(StringComparer.Ordinal)
            .SelectMany(dockerfile => BaseImages.Of(File.ReadAllText(Path.Combine(folder.Path, dockerfile))))
            .Distinct(StringComparer.Ordinal)
            .ToList();
}
