using ContainerKit.Dockerfiles;

namespace ContainerKit.Scripting.Import;

/// <summary>
/// Finds the template file behind a path a RUN reads inside the build container: a bind mount of the RUN
/// (<c>--mount=type=bind,source=apt.txt,target=/tmp/apt.txt</c>), else the latest <c>COPY</c>/<c>ADD</c> to that
/// path in the stage or a stage it builds on, else a file of the template folder with the same name.
/// </summary>
internal sealed class ContextFileResolver(DockerfileDocument dockerfile, StageAncestry stages, DockerfileVariables variables, TemplateSource source)
{
    /// <summary>The template-relative path of the file <paramref name="run"/> reads at <paramref name="containerPath"/>, or null.</summary>
    public string? Resolve(string containerPath, DockerfileInstruction run)
    {
        var candidates = new[] { FromMount(containerPath, run), FromCopy(containerPath, run), CommandWords.Program(containerPath) };
        return candidates.OfType<string>().Select(Normalize).FirstOrDefault(c => source.ReadFile(c) is not null);
    }

    /// <summary>
    /// The files <paramref name="copy"/> (a COPY or ADD) writes: each source with its destination in the image, variables
    /// expanded as the instruction sees them.
    /// </summary>
    public IEnumerable<(string Source, string Destination)> Copies(DockerfileInstruction copy)
    {
        var words = copy.JsonArguments ?? copy.Arguments.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Count < 2) yield break;
        var destination = variables.Expand(copy, words[^1], out _);
        var intoFolder = destination.EndsWith('/') || words.Count > 2;
        foreach (var sourceFile in words.Take(words.Count - 1))
        {
            var expanded = variables.Expand(copy, sourceFile, out _);
            yield return (expanded, intoFolder ? destination.TrimEnd('/') + "/" + CommandWords.Program(expanded.TrimEnd('/')) : destination);
        }
    }

    private string? FromMount(string path, DockerfileInstruction run) =>
        run.Mounts
            .Where(m => m.Type.Equals("bind", StringComparison.OrdinalIgnoreCase) && !m.Options.ContainsKey("from") && variables.Expand(run, m.Target ?? "", out _) == path)
            .Select(m => m.Options.GetValueOrDefault("source") ?? m.Options.GetValueOrDefault("src") ?? "")
            .FirstOrDefault();

    private string? FromCopy(string path, DockerfileInstruction run)
    {
        var chain = stages.Chain(dockerfile.Stages[run.StageIndex]);
        return dockerfile.Instructions
            .Where(i => i.Keyword is "COPY" or "ADD" && i.Line < run.Line && chain.Contains(i.StageIndex) && i.Flag("from") is null)
            .Reverse()
            .SelectMany(Copies)
            .Where(c => c.Destination == path)
            .Select(c => c.Source)
            .FirstOrDefault();
    }

    private static string Normalize(string path)
    {
        var normalized = path.Replace('\\', '/');
        while (normalized.StartsWith("./", StringComparison.Ordinal)) normalized = normalized[2..];
        return normalized;
    }
}
