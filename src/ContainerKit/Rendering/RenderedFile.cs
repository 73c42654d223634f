namespace ContainerKit.Rendering;

/// <summary>One rendered text file of a matrix entry's folder.</summary>
/// <param name="RelativePath">Path below the entry folder with '/' separators, e.g. <c>entrypoints/entrypoint.sh</c>.</param>
/// <param name="Content">The text, '\n' line endings.</param>
/// <param name="Executable">Written with mode 0755 when true.</param>
public sealed record RenderedFile(string RelativePath, string Content, bool Executable = false);
