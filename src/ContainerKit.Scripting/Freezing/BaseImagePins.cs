using ContainerKit.Definitions;
using ContainerKit.Model;

namespace ContainerKit.Scripting.Freezing;

/// <summary>
/// The base images <c>FreezeEnv</c> pins to digests: every entry's base as the definition writes it (never a
/// render-time substitute), when it has no digest yet. Pure: the caller resolves the digests.
/// </summary>
public static class BaseImagePins
{
    /// <summary>The unpinned base references of <paramref name="entries"/>, each with the entries that start FROM it.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<MatrixEntry>> Unpinned(EnvironmentDefinition definition, IEnumerable<MatrixEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return entries
            .Select(e => (Entry: e, Reference: definition.Base(e).Reference))
            .Where(p => ImageReference.TryParse(p.Reference) is { Digest: null })
            .GroupBy(p => p.Reference, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<MatrixEntry>)g.Select(p => p.Entry).ToList(), StringComparer.Ordinal);
    }

    /// <summary><paramref name="reference"/> (<c>name:tag</c>) pinned to <paramref name="digest"/>: <c>name:tag@sha256:...</c>.</summary>
    public static string Pin(string reference, string digest) => $"{reference}@{digest}";

    /// <summary>The warning for a base that could not be pinned.</summary>
    public static string Unresolved(string environment, string reference, IReadOnlyList<MatrixEntry> entries) =>
        $"{environment}: base image {reference} ({string.Join(", ", entries)}) is neither pulled nor reachable in its registry; left unpinned (pull it, then freeze again)";
}
