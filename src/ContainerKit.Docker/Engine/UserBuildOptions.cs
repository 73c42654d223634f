namespace ContainerKit.Docker.Engine;

/// <summary>Options of <see cref="IContainerEngine.BuildUserAsync"/>: the host identity baked into the user layer.</summary>
public sealed record UserBuildOptions(string UserName, int UserId, string GroupName, int GroupId)
{
    /// <summary>Revisions to expand <c>{revision}</c> tag templates with, e.g. <c>latest</c> and the git sha; the last one is the REVISION build argument.</summary>
    public IReadOnlyList<string> Revisions { get; init; } = ["latest"];

    /// <summary>Roles to build; defaults to <c>run-user</c> and <c>dev-user</c>.</summary>
    public IReadOnlyList<string> Roles { get; init; } = ["run-user", "dev-user"];

    /// <summary>Do not use the build cache.</summary>
    public bool NoCache { get; init; }

    /// <summary>Use the host network during RUN steps.</summary>
    public bool HostNetwork { get; init; } = true;
}
