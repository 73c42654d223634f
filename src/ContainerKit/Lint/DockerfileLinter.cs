using ContainerKit.Diagnostics;

namespace ContainerKit.Lint;

/// <summary>Checks rendered (or hand-written) Dockerfiles against ContainerKit's CK2xxx rules.</summary>
public static class DockerfileLinter
{
    /// <summary>Lints <paramref name="text"/>; locations are <c>path:line</c>.</summary>
    public static IReadOnlyList<Diagnostic> Lint(string path, string text, DockerfileKind kind) =>
        throw new NotImplementedException("lint: implemented by the lint/entrypoints work item");
}
