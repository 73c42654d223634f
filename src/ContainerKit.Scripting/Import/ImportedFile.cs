namespace ContainerKit.Scripting.Import;

/// <summary>A file an import writes.</summary>
/// <param name="RelativePath">The destination relative to the repository root.</param>
/// <param name="Content">The text to write.</param>
public sealed record ImportedFile(string RelativePath, string Content);
