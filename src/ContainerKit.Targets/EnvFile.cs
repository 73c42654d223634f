using System.Globalization;
using ContainerKit.Diagnostics;
using ContainerKit.Docker.Workspace;
using ContainerKit.Validation;

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

    /// <summary>
    /// <paramref name="fallback"/> with the USR, USRID, GRP and GRPID that the .env file at <paramref name="path"/> sets
    /// (each one that is set wins); a non-numeric id is a CK1007 diagnostic naming the file and the key.
    /// </summary>
    public static HostIdentity ReadIdentity(string path, HostIdentity fallback)
    {
        ArgumentNullException.ThrowIfNull(fallback);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in Read(path))
        {
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            var value = line[(equals + 1)..].Trim();
            if (value.Length > 0) values[line[..equals].Trim()] = value;
        }
        return fallback.With(values.GetValueOrDefault("USR"), Id("USRID"), values.GetValueOrDefault("GRP"), Id("GRPID"));

        int? Id(string key) =>
            !values.TryGetValue(key, out var text) ? null
            : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id
            : throw new DiagnosticException(DefinitionRules.IdRange.At($"{path}: {key}",
                "not a whole number (fix the line, or rewrite the file with `./build.sh Env --force`)", text));
    }

    /// <summary>The KEY=VALUE lines of a .env file (comments and blank lines skipped); empty when it does not exist.</summary>
    public static IReadOnlyList<string> Read(string path) =>
        File.Exists(path)
            ? File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#') && l.Contains('=')).ToList()
            : [];
}
