namespace ContainerKit.Docker.Workspace;

/// <summary>
/// The image revision of a work tree: the short commit sha, suffixed <c>-dirty</c> when a tracked file has
/// uncommitted changes or an untracked (not ignored) file lies under the build inputs.
/// </summary>
public static class GitRevision
{
    /// <summary>Used when the folder is not a git work tree (or git is missing).</summary>
    public const string Unknown = "unknown";

    /// <summary>The suffix of a revision built from uncommitted changes.</summary>
    public const string DirtySuffix = "-dirty";

    /// <summary>The build inputs of every repository: the build project, ContainerKit's sources (in this repository) and the SDK pin.</summary>
    public static readonly IReadOnlyList<string> DefaultInputs = ["build", "src", "global.json"];

    /// <summary>The revision of the work tree at <paramref name="root"/>, with <see cref="DefaultInputs"/> as the build inputs.</summary>
    public static Task<string> ReadAsync(string root, CancellationToken cancellationToken) =>
        ReadAsync(root, DefaultInputs, cancellationToken);

    /// <summary>
    /// The revision of the work tree at <paramref name="root"/>; an untracked file under one of <paramref name="inputs"/>
    /// (paths relative to the root; folders or files) makes it dirty, as a modified tracked file anywhere does.
    /// </summary>
    public static async Task<string> ReadAsync(string root, IReadOnlyList<string> inputs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var sha = await CommandOutput.ReadAsync("git", ["rev-parse", "--short", "HEAD"], root, cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrEmpty(sha)) return Unknown;
        var modified = await CommandOutput.ReadAsync("git", ["status", "--porcelain", "--untracked-files=no"], root, cancellationToken).ConfigureAwait(false);
        if (!string.IsNullOrEmpty(modified)) return Format(sha, dirty: true);
        var inside = inputs.Where(p => IsInside(root, p)).Distinct(StringComparer.Ordinal).ToList();
        if (inside.Count == 0) return Format(sha, dirty: false);
        // A folder of the list that is itself untracked shows as one "?? folder/" line; --untracked-files=all lists its files.
        var untracked = await CommandOutput.ReadAsync("git", ["status", "--porcelain", "--untracked-files=all", "--", .. inside], root, cancellationToken).ConfigureAwait(false);
        return Format(sha, dirty: (untracked ?? "").Split('\n').Any(l => l.StartsWith("??", StringComparison.Ordinal)));
    }

    /// <summary>The revision text for a sha and a dirty flag.</summary>
    public static string Format(string sha, bool dirty) => dirty ? sha + DirtySuffix : sha;

    /// <summary>True when <paramref name="revision"/> was built from uncommitted changes.</summary>
    public static bool IsDirty(string revision) => revision.EndsWith(DirtySuffix, StringComparison.Ordinal);

    private static bool IsInside(string root, string path)
    {
        var relative = Path.GetRelativePath(root, Path.GetFullPath(path, root));
        return relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }
}
