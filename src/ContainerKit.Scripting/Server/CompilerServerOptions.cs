namespace ContainerKit.Scripting.Server;

/// <summary>Use a warm <see cref="CompilerServer"/> for definition compiles, starting one when none answers.</summary>
/// <param name="StartCommand">The command that runs the build process again (e.g. <c>dotnet _build.dll</c>); the server arguments are appended.</param>
public sealed record CompilerServerOptions(IReadOnlyList<string> StartCommand);
