namespace ContainerKit.Tests.Docs;

/// <summary>A fenced code block of a Markdown file.</summary>
/// <param name="File">The Markdown file, relative to the repository root (e.g. <c>docs/matrix.md</c>).</param>
/// <param name="Line">The 1-based line of the opening fence.</param>
/// <param name="Language">The fence's info string (e.g. <c>csharp</c>).</param>
/// <param name="Text">The block's lines, without the fences.</param>
public sealed record CodeBlock(string File, int Line, string Language, string Text)
{
    /// <summary>Where the block starts, <c>file:line</c>.</summary>
    public override string ToString() => $"{File}:{Line}";
}
