using System.Globalization;
using ContainerKit.Diagnostics;
using ContainerKit.Docker.Workspace;
using ContainerKit.Validation;
using DotNetEnv;

namespace ContainerKit.Targets;

/// <summary>
/// The project's <c>.env</c>: the host user for the user layer and compose, and optional entrypoint settings. Read with
/// DotNetEnv, so it follows the usual .env syntax: <c>#</c> comments (also after a value), <c>export KEY=value</c>,
/// single quotes (literal), double quotes (escapes, several lines), and <c>$VAR</c>/<c>${VAR}</c> in unquoted and
/// double-quoted values expanded from the process environment (DotNetEnv 3.0 does not see the file's own keys when it
/// leaves the environment unchanged).
/// </summary>
public static class EnvFile
{
    // Read only: the process environment is not changed.
    private static readonly LoadOptions ReadOnly = new(setEnvVars: false, clobberExistingVars: true, onlyExactPath: true);

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
    /// (each one that is set to a non-empty value wins); a non-numeric id is a CK1007 diagnostic naming the file and the key.
    /// </summary>
    public static HostIdentity ReadIdentity(string path, HostIdentity fallback)
    {
        ArgumentNullException.ThrowIfNull(fallback);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in ReadVariables(path))
        {
            if (value.Trim() is { Length: > 0 } text) values[key] = text;
        }
        return fallback.With(values.GetValueOrDefault("USR"), Id("USRID"), values.GetValueOrDefault("GRP"), Id("GRPID"));

        int? Id(string key) =>
            !values.TryGetValue(key, out var text) ? null
            : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id
            : throw new DiagnosticException(DefinitionRules.IdRange.At($"{path}: {key}",
                "not a whole number (fix the line, or rewrite the file with `./build.sh Env --force`)", text));
    }

    /// <summary>The <c>KEY=value</c> words for a container's environment, values unquoted; empty when the file does not exist.</summary>
    public static IReadOnlyList<string> Read(string path) => [.. ReadVariables(path).Select(v => $"{v.Key}={v.Value}")];

    /// <summary>
    /// The variables of the .env file at <paramref name="path"/> in file order; empty when it does not exist. A line the
    /// syntax does not accept is a CK1006 diagnostic naming the file, the line and the column.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> ReadVariables(string path)
    {
        if (!File.Exists(path)) return [];
        try
        {
            return [.. Env.LoadContents(File.ReadAllText(path), ReadOnly)];
        }
        catch (Sprache.ParseException e)
        {
            var rule = DefinitionRules.EnvVarName;
            throw new DiagnosticException(new Diagnostic(rule.Id, rule.Severity, path,
                $"the file is not .env syntax at line {e.Position.Line}, column {e.Position.Column}", e.Message,
                "write one KEY=value per line (KEY of letters, digits and '_'; quote values with spaces or '#'), or rewrite the file with `./build.sh Env --force`"));
        }
    }
}
