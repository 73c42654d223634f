namespace ContainerKit.Rendering;

/// <summary>
/// The render hash of one image of an entry folder: only what that image's build reads, so a change that
/// affects only the dev image (a dev apt package) leaves the run image's hash, and so its id and tags, alone.
/// It covers the Dockerfile up to the end of the target stage (the stages after it cannot change it), the
/// folder files the included stages <c>COPY</c>/<c>ADD</c> from the context, the files the build's BuildKit
/// secrets come from, and the role and target; a
/// source it cannot follow (a wildcard, the whole context, the JSON form) brings in every file.
/// </summary>
public static class ImageContentHash
{
    /// <summary>Lower-case hex hash of the image built from <paramref name="dockerfile"/> at <paramref name="target"/> (null: the last stage).</summary>
    /// <param name="files">The entry folder's files (without <c>render.json</c>).</param>
    /// <param name="role">The image role, e.g. <c>run</c>.</param>
    /// <param name="dockerfile">The Dockerfile's relative path.</param>
    /// <param name="target">The target stage, or null for the last stage.</param>
    /// <param name="baseImageHash">For images built FROM another image of the entry (the user layer): that image's hash.</param>
    /// <param name="secretFiles">The folder files the build's secrets come from (<see cref="ManifestImage.Secrets"/>).</param>
    public static string Of(IReadOnlyList<RenderedFile> files, string role, string dockerfile, string? target, string? baseImageHash = null,
        IEnumerable<string>? secretFiles = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        var text = files.FirstOrDefault(f => f.RelativePath == dockerfile)?.Content
            ?? throw new ArgumentException($"the entry has no {dockerfile}", nameof(dockerfile));
        var instructions = Instructions(text);
        var included = UpToTarget(instructions, target);
        var sources = included.Select(ContextSources).ToList();
        var everything = sources.Any(s => s is null);
        var secrets = (secretFiles ?? []).ToHashSet(StringComparer.Ordinal);
        var selected = files
            .Where(f => f.RelativePath != dockerfile && f.RelativePath != RenderManifest.FileName)
            .Where(f => everything || secrets.Contains(f.RelativePath) || sources.Any(s => s!.Any(source => Covers(source, f.RelativePath))));
        var identity = $"role={role}\ntarget={target}\nbase={baseImageHash}\n";
        return ContentHash.Of(selected
            .Append(new RenderedFile(dockerfile, string.Join("\n", included)))
            .Append(new RenderedFile("\0image", identity)));
    }

    /// <summary>The Dockerfile's logical lines (continuations joined), comments and blank lines dropped.</summary>
    private static List<string> Instructions(string text)
    {
        var result = new List<string>();
        var current = "";
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd();
            if (current.Length == 0 && (line.TrimStart().StartsWith('#') || line.Length == 0)) continue;
            if (line.EndsWith('\\'))
            {
                current += line[..^1] + " ";
                continue;
            }

            result.Add(current + line);
            current = "";
        }

        if (current.Length > 0) result.Add(current);
        return result;
    }

    /// <summary>The instructions up to the end of stage <paramref name="target"/> (all when null or not found).</summary>
    private static List<string> UpToTarget(List<string> instructions, string? target)
    {
        if (target is null) return instructions;
        var start = instructions.FindIndex(i => IsFrom(i) && Words(i) is var w && w.Length >= 4
            && w[^2].Equals("AS", StringComparison.OrdinalIgnoreCase) && w[^1] == target);
        if (start < 0) return instructions;
        var next = instructions.FindIndex(start + 1, IsFrom);
        return next < 0 ? instructions : instructions[..next];
    }

    /// <summary>The context paths a COPY/ADD reads; empty for other instructions and <c>--from</c> copies; null when it cannot tell.</summary>
    private static IReadOnlyList<string>? ContextSources(string instruction)
    {
        var words = Words(instruction);
        if (words.Length == 0 || !(words[0].Equals("COPY", StringComparison.OrdinalIgnoreCase) || words[0].Equals("ADD", StringComparison.OrdinalIgnoreCase)))
            return [];
        var operands = words.Skip(1).Where(w => !w.StartsWith("--", StringComparison.Ordinal)).ToList();
        if (words.Any(w => w.StartsWith("--from=", StringComparison.OrdinalIgnoreCase))) return [];
        if (operands.Count < 2 || operands[0].StartsWith('[')) return null;
        var sources = operands.Take(operands.Count - 1).Select(s => s.StartsWith("./", StringComparison.Ordinal) ? s[2..] : s).Select(s => s.TrimEnd('/')).ToList();
        return sources.Any(s => s.Length == 0 || s == "." || s.IndexOfAny(['*', '?', '[', '$']) >= 0) ? null : sources;
    }

    private static bool Covers(string source, string path) =>
        path == source || path.StartsWith(source + "/", StringComparison.Ordinal);

    private static bool IsFrom(string instruction) => instruction.TrimStart().StartsWith("FROM ", StringComparison.OrdinalIgnoreCase);

    private static string[] Words(string instruction) => instruction.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
}
