using System.Collections;
using System.Runtime.CompilerServices;

namespace ContainerKit.Definitions;

/// <summary>
/// An ordered apt list; written as a collection expression: <c>AptPackages BuildApt => ["build-essential", "git"];</c>.
/// </summary>
[CollectionBuilder(typeof(AptPackages), nameof(Create))]
public sealed class AptPackages : IReadOnlyList<AptPackage>
{
    private readonly AptPackage[] _items;

    private AptPackages(AptPackage[] items) => _items = items;

    /// <summary>The empty list.</summary>
    public static AptPackages Empty { get; } = new([]);

    /// <summary>Builds a list (used by collection expressions).</summary>
    public static AptPackages Create(ReadOnlySpan<AptPackage> items) => new(items.ToArray());

    /// <summary>This list followed by <paramref name="more"/>, e.g. an entry-specific addition.</summary>
    public AptPackages With(params AptPackage[] more) => new([.. _items, .. more]);

    /// <inheritdoc />
    public AptPackage this[int index] => _items[index];

    /// <inheritdoc />
    public int Count => _items.Length;

    /// <inheritdoc />
    public IEnumerator<AptPackage> GetEnumerator() => ((IEnumerable<AptPackage>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
