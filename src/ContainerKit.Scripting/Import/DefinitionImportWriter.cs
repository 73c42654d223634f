using ContainerKit.Diagnostics;
using ContainerKit.Scripting.Compilation;

namespace ContainerKit.Scripting.Import;

/// <summary>
/// Writes an imported definition and the dependency files it reads, all or nothing: nothing is written when a
/// file exists (unless forced) or when the build project would not compile with the new class.
/// </summary>
/// <param name="guard">Compiles the build project with the new class in memory.</param>
/// <param name="rootDirectory">The repository root; imported paths are relative to it.</param>
/// <param name="projectFolder">The build project folder, relative to the root.</param>
public sealed class DefinitionImportWriter(CompilationGuard guard, string rootDirectory, string projectFolder = "build")
{
    /// <summary>Writes <paramref name="import"/>; returns the files written, relative to the root.</summary>
    /// <exception cref="DiagnosticException">CK1106 for files that exist without <paramref name="force"/>; CK1101 when the project would not compile.</exception>
    public IReadOnlyList<string> Write(TemplateImport import, ImportOptions options, bool force, DefinitionWriter? writer = null)
    {
        var definition = new ImportedFile(options.DefinitionFile, (writer ?? new DefinitionWriter()).Write(import.Description));
        IReadOnlyList<ImportedFile> files = [definition, .. import.DependencyFiles];
        var existing = files.Where(f => File.Exists(FullPath(f))).ToList();
        if (existing.Count > 0 && !force)
        {
            throw new DiagnosticException(existing.Select(f => ImportDiagnostics.Error(f.RelativePath,
                "the file exists; the import writes nothing", hint: "pass --force to overwrite it, or --class-name to import under another name")).ToList());
        }

        guard.Verify(Path.Combine(rootDirectory, projectFolder), new Dictionary<string, string> { [FullPath(definition)] = definition.Content });
        WriteAll(files);
        return files.Select(f => f.RelativePath).ToList();
    }

    private void WriteAll(IReadOnlyList<ImportedFile> files)
    {
        var previous = files.ToDictionary(FullPath, f => File.Exists(FullPath(f)) ? File.ReadAllBytes(FullPath(f)) : null);
        try
        {
            foreach (var file in files) AtomicFile.WriteAllText(FullPath(file), file.Content);
        }
        catch
        {
            // Put back what was there, so a failed import leaves no half-written set.
            foreach (var (path, bytes) in previous)
            {
                if (bytes is null) File.Delete(path);
                else AtomicFile.WriteAllBytes(path, bytes);
            }

            throw;
        }
    }

    private string FullPath(ImportedFile file) => Path.GetFullPath(file.RelativePath, rootDirectory);
}
