namespace ContainerKit.Scripting.Rewriting;

/// <summary>The outcome of rewriting one source text.</summary>
/// <param name="Text">The rewritten text (identical to the input when nothing changed).</param>
/// <param name="Changed">Whether any byte differs from the input.</param>
public sealed record SourceEdit(string Text, bool Changed)
{
    /// <summary>Builds the result by comparing <paramref name="after"/> with <paramref name="before"/>.</summary>
    public static SourceEdit Compare(string before, string after) => new(after, !string.Equals(before, after, StringComparison.Ordinal));
}
