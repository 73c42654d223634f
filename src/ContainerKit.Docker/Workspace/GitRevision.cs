namespace ContainerKit.Docker.Workspace;

/// <summary>The image revision of a work tree: the short commit sha, suffixed <c>-dirty</c> when there are uncommitted changes.</summary>
public static class GitRevision
{
    /// <summary>Used when the folder is not a git work tree (or git is missing).</summary>
    public const string Unknown = "unknown";

    /// <summary>The revision of the work tree at <paramref name="root"/>.</summary>
    public static async Task<string> ReadAsync(string root, CancellationToken cancellationToken)
    {
        var sha = await CommandOutput.ReadAsync("git", ["rev-parse", "--short", "HEAD"], root, cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrEmpty(sha)) return Unknown;
        var status = await CommandOutput.ReadAsync("git", ["status", "--porcelain", "--untracked-files=no"], root, cancellationToken).ConfigureAwait(false);
        return Format(sha, dirty: !string.IsNullOrEmpty(status));
    }

    /// <summary>The revision text for a sha and a dirty flag.</summary>
    public static string Format(string sha, bool dirty) => dirty ? sha + "-dirty" : sha;
}
