namespace ContainerKit.Docker.Workspace;

/// <summary>The host user and group the per-user layer mirrors (template: USR, USRID, GRP, GRPID).</summary>
/// <param name="UserName">USR.</param>
/// <param name="UserId">USRID.</param>
/// <param name="GroupName">GRP.</param>
/// <param name="GroupId">GRPID.</param>
public sealed record HostIdentity(string UserName, int UserId, string GroupName, int GroupId)
{
    /// <summary>Reads the current user's identity with <c>id</c>.</summary>
    public static async Task<HostIdentity?> ReadAsync(CancellationToken cancellationToken)
    {
        var folder = Path.GetTempPath();
        var values = await Task.WhenAll(
            CommandOutput.ReadAsync("id", ["-un"], folder, cancellationToken),
            CommandOutput.ReadAsync("id", ["-u"], folder, cancellationToken),
            CommandOutput.ReadAsync("id", ["-gn"], folder, cancellationToken),
            CommandOutput.ReadAsync("id", ["-g"], folder, cancellationToken)).ConfigureAwait(false);
        return values.All(v => !string.IsNullOrEmpty(v)) && int.TryParse(values[1], out var uid) && int.TryParse(values[3], out var gid)
            ? new HostIdentity(values[0]!, uid, values[2]!, gid)
            : null;
    }

    /// <summary>This identity with the given overrides applied.</summary>
    public HostIdentity With(string? userName, int? userId, string? groupName, int? groupId) =>
        new(userName ?? UserName, userId ?? UserId, groupName ?? GroupName, groupId ?? GroupId);
}
