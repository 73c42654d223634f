using ContainerKit.Diagnostics;

namespace ContainerKit.Scripting.Server;

/// <summary>The compiler server's answer: the assembly image, or the compile errors.</summary>
/// <param name="Image">The emitted assembly, when the sources compiled.</param>
/// <param name="Errors">The errors (CK1101, located file:line:column), when they did not.</param>
internal sealed record CompileResponse(byte[]? Image, IReadOnlyList<Diagnostic>? Errors);
