using ContainerKit.Docker.Workspace;

namespace ContainerKit.Targets;

/// <summary>The project's <c>.env</c>: the host user for the user layer and compose, and optional entrypoint settings.</summary>
public static class EnvFile
{
    /// <summary>The text written by the Env target.</summary>
    public static string Render(HostIdentity user, string projectFolder)
    {
        ArgumentNullException.ThrowIfNull(user);
        return string.Join("\n",
            "# Written by ./build.sh Env for this machine; not committed. See artifacts/containers/*/*/.env.example for more settings.",
            $"USR={user.UserName}",
            $"USRID={user.UserId}",
            $"GRP={user.GroupName}",
            $"GRPID={user.GroupId}",
            $"LOCAL_PROJECT_DIR={projectFolder}",
            "");
    }

    /// <summary>The KEY=VALUE lines of a .env file (comments and blank lines skipped); empty when it does not exist.</summary>
    public static IReadOnlyList<string> Read(string path) =>
        File.Exists(path)
            ? File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#') && l.Contains('=')).ToList()
            : [];
}
