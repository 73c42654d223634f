namespace ContainerKit.Scripting.Rewriting;

/// <summary>One definition base class as the source editors see it.</summary>
/// <param name="TypeName">The base class name, e.g. <c>FromPythonEnvironment</c>.</param>
/// <param name="OwnMembers">Members that exist only on this base (removed when switching away from it).</param>
/// <param name="RequiredMembers">Member declarations (C# source, one per entry) a subclass must have; added with these defaults when switching to this base.</param>
public sealed record BaseKind(string TypeName, IReadOnlyList<string> OwnMembers, IReadOnlyList<string> RequiredMembers);
