namespace ContainerKit.Scripting.Import;

/// <summary>
/// A research-template installation folder as the importer sees it: its name (which gives the matrix entry),
/// how to name it in diagnostics, and its files. Built by <see cref="TemplateFolderReader"/>; tests build it in memory.
/// </summary>
/// <param name="FolderName">The folder's own name, e.g. <c>docker-amd64-cuda</c>.</param>
/// <param name="DisplayPath">The folder as diagnostics and the header comment show it (relative to the repository when inside it).</param>
/// <param name="ReadFile">Reads a file by its path relative to the folder; null when it does not exist.</param>
public sealed record TemplateSource(string FolderName, string DisplayPath, Func<string, string?> ReadFile)
{
    /// <summary>The template's Dockerfile name.</summary>
    public const string DockerfileName = "Dockerfile";

    /// <summary>The compose files whose build arguments count, lowest priority first (compose.yaml extends compose-base.yaml).</summary>
    public static IReadOnlyList<string> ComposeFiles { get; } = ["compose-base.yaml", "compose.yaml"];

    /// <summary><paramref name="relativePath"/> inside the folder, for diagnostics.</summary>
    public string Display(string relativePath) => DisplayPath.Length == 0 ? relativePath : $"{DisplayPath}/{relativePath}";
}
