using ContainerKit.Diagnostics;
using ContainerKit.Dockerfiles;

namespace ContainerKit.Scripting.Import;

/// <summary>State of one import: where the Dockerfile is, how to find the files it reads, and the notes so far.</summary>
internal sealed class ImportContext(TemplateSource source, string dockerfilePath, ContextFileResolver resolver)
{
    /// <summary>Review notes collected so far.</summary>
    public List<string> Notes { get; } = [];

    /// <summary>The template files (relative to the folder) that imported installs read.</summary>
    public HashSet<string> ReadFiles { get; } = new(StringComparer.Ordinal);

    /// <summary>The <c>Dockerfile:line</c> of <paramref name="instruction"/>.</summary>
    public string At(DockerfileInstruction instruction) => $"{dockerfilePath}:{instruction.Line}";

    /// <summary>Adds a note located at <paramref name="instruction"/>.</summary>
    public void Note(DockerfileInstruction instruction, string text) => Notes.Add($"{At(instruction)}: {text}");

    /// <summary>Notes the words of <paramref name="step"/> that cannot be read statically.</summary>
    public void NoteUnresolved(InstallStep step)
    {
        if (step.Unresolved.Count > 0) Note(step.Instruction, $"not imported: {string.Join(' ', step.Unresolved)} (expanded at build time)");
    }

    /// <summary>The content of the template file <paramref name="run"/> reads at <paramref name="containerPath"/>.</summary>
    /// <exception cref="DiagnosticException">CK1106 at the RUN when the file is not in the template folder.</exception>
    public string Read(string containerPath, DockerfileInstruction run, string what) =>
        source.ReadFile(Resolve(containerPath, run, what))!;

    /// <summary>
    /// Copies the template file <paramref name="run"/> reads at <paramref name="containerPath"/> into the dependency
    /// folder (added to <paramref name="files"/>); returns its repository-relative destination.
    /// </summary>
    public string Keep(string containerPath, DockerfileInstruction run, string what, ImportOptions options, List<ImportedFile> files)
    {
        var file = Resolve(containerPath, run, what);
        var destination = $"{options.DependencyFolder}/{CommandWords.Program(file)}";
        files.Add(new ImportedFile(destination, source.ReadFile(file)!));
        return destination;
    }

    private string Resolve(string containerPath, DockerfileInstruction run, string what)
    {
        var file = resolver.Resolve(containerPath, run) ?? throw new DiagnosticException(ImportDiagnostics.Error(At(run),
            $"the {what} this RUN reads is not in the template folder", containerPath,
            $"copy or bind-mount the file from the template folder ({source.DisplayPath}), or name it like the file there"));
        ReadFiles.Add(file);
        return file;
    }
}
