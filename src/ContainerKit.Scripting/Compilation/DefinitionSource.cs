namespace ContainerKit.Scripting.Compilation;

/// <summary>One C# file of a definition compilation.</summary>
/// <param name="Path">The path diagnostics name (relative to the working directory where possible).</param>
/// <param name="Text">The file's text.</param>
public sealed record DefinitionSource(string Path, string Text);
