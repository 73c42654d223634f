using ContainerKit.Scripting.Rewriting;

namespace ContainerKit.Scripting.Compilation;

/// <summary>
/// Runs a source rewrite over files of a definition project and writes the result only when the
/// whole project still compiles (see <see cref="CompilationGuard"/>).
/// </summary>
/// <param name="guard">The compiler check.</param>
/// <param name="projectDirectory">The build project folder, e.g. <c>build/</c>.</param>
public sealed class DefinitionEditor(CompilationGuard guard, string projectDirectory)
{
    /// <summary>
    /// Rewrites <paramref name="files"/> (every project source file when null) with
    /// <paramref name="rewrite"/>; returns the files written, empty when nothing changed.
    /// </summary>
    /// <exception cref="ContainerKit.Diagnostics.DiagnosticException">The rewrite failed or the edited project does not compile; no file was written.</exception>
    public IReadOnlyList<string> Edit(Func<string, SourceEdit> rewrite, IEnumerable<string>? files = null)
    {
        var edits = (files ?? CompilationGuard.SourceFiles(projectDirectory))
            .Select(Path.GetFullPath)
            .Select(path => (Path: path, Edit: rewrite(File.ReadAllText(path))))
            .Where(e => e.Edit.Changed)
            .ToDictionary(e => e.Path, e => e.Edit.Text, StringComparer.Ordinal);
        return edits.Count == 0 ? [] : guard.Apply(projectDirectory, edits);
    }
}
