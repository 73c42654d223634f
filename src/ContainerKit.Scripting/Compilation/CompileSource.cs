namespace ContainerKit.Scripting.Compilation;

/// <summary>One source file of a <see cref="CompileRequest"/>.</summary>
/// <param name="Path">The path diagnostics name.</param>
/// <param name="Text">The file's text.</param>
public sealed record CompileSource(string Path, string Text);
