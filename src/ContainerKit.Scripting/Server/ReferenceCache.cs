using Microsoft.CodeAnalysis;

namespace ContainerKit.Scripting.Server;

/// <summary>
/// Metadata references kept between compilations, so a warm server reads each assembly once. An
/// assembly whose file changed (time or size) is read again.
/// </summary>
internal sealed class ReferenceCache
{
    private readonly Dictionary<string, (DateTime Written, long Length, MetadataReference Reference)> _references = new(StringComparer.Ordinal);

    public IReadOnlyList<MetadataReference> For(IEnumerable<string> paths) => paths.Select(For).ToList();

    private MetadataReference For(string path)
    {
        var file = new FileInfo(path);
        if (_references.TryGetValue(path, out var cached) && cached.Written == file.LastWriteTimeUtc && cached.Length == file.Length)
        {
            return cached.Reference;
        }

        var reference = MetadataReference.CreateFromFile(path);
        _references[path] = (file.LastWriteTimeUtc, file.Length, reference);
        return reference;
    }
}
