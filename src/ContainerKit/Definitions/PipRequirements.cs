using System.Collections;
using System.Runtime.CompilerServices;

namespace ContainerKit.Definitions;

/// <summary>
/// The pip requirements of a from-python environment: inline (<c>["numpy", "scipy&gt;=1.11"]</c>) or read from a
/// template-style file with <see cref="FromFile"/> (path relative to the repository root, e.g. <c>dependencies/requirements.txt</c>).
/// </summary>
[CollectionBuilder(typeof(PipRequirements), nameof(Create))]
public sealed class PipRequirements : IEnumerable<PipRequirement>
{
    private readonly PipRequirement[] _items;

    private PipRequirements(PipRequirement[] items, string? sourceFile)
    {
        _items = items;
        SourceFile = sourceFile;
    }

    /// <summary>No requirements.</summary>
    public static PipRequirements Empty { get; } = new([], null);

    /// <summary>The inline requirements (empty for a file-backed value).</summary>
    public IReadOnlyList<PipRequirement> Items => _items;

    /// <summary>The requirements file, relative to the repository root, or null for inline requirements.</summary>
    public string? SourceFile { get; }

    /// <summary>Builds inline requirements (used by collection expressions).</summary>
    public static PipRequirements Create(ReadOnlySpan<PipRequirement> items) => new(items.ToArray(), null);

    /// <summary>Requirements read from a <c>requirements.txt</c> (relative to the repository root) when the environment is rendered.</summary>
    public static PipRequirements FromFile(string relativePath) => new([], relativePath);

    /// <inheritdoc />
    public IEnumerator<PipRequirement> GetEnumerator() => ((IEnumerable<PipRequirement>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
