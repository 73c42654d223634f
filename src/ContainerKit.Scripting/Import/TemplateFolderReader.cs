using ContainerKit.Diagnostics;

namespace ContainerKit.Scripting.Import;

/// <summary>Opens a template folder (or the folder of a given <c>Dockerfile</c>) on disk as a <see cref="TemplateSource"/>.</summary>
public static class TemplateFolderReader
{
    /// <summary>Opens <paramref name="path"/>, a folder or a Dockerfile, resolved against <paramref name="rootDirectory"/>.</summary>
    /// <exception cref="DiagnosticException">CK1106 when the path or its Dockerfile does not exist.</exception>
    public static TemplateSource Open(string path, string rootDirectory)
    {
        var full = Path.GetFullPath(path, rootDirectory);
        var folder = File.Exists(full) ? Path.GetDirectoryName(full)! : full;
        var relative = Path.GetRelativePath(rootDirectory, folder).Replace('\\', '/');
        var display = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? folder : relative;
        var source = new TemplateSource(Path.GetFileName(folder.TrimEnd(Path.DirectorySeparatorChar)), display == "." ? "" : display, file =>
        {
            var candidate = Path.Combine(folder, file);
            return File.Exists(candidate) ? File.ReadAllText(candidate) : null;
        });
        if (!Directory.Exists(folder) || source.ReadFile(TemplateSource.DockerfileName) is null)
        {
            throw new DiagnosticException(ImportDiagnostics.Error(source.Display(TemplateSource.DockerfileName),
                Directory.Exists(folder) ? "the template folder has no Dockerfile" : "the template folder does not exist", path,
                "pass --definition <installation/docker-<platform>-<acceleration>> or the path of its Dockerfile"));
        }

        return source;
    }
}
