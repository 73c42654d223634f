namespace ContainerKit.Rendering;

/// <summary>Quoting of values in ENV/LABEL instructions and in exec-form JSON arrays.</summary>
internal static class DockerfileQuoting
{
    /// <summary>A double-quoted Dockerfile word: backslash, quote and <c>$</c> escaped so nothing expands.</summary>
    public static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("$", "\\$", StringComparison.Ordinal) + "\"";

    /// <summary>
    /// The one rule for an <c>ENV</c> pair, shared by <c>EnvironmentVariables</c> and <c>Instruction.Env</c>:
    /// <c>NAME="value"</c> with the value <see cref="Quote"/>d (literal: no expansion). Validation refuses what
    /// quoting cannot carry (a name that is not a portable shell name, a line break or control character in the value).
    /// </summary>
    public static string EnvPair(string name, string value) => $"{name}={Quote(value)}";

    /// <summary>An exec-form JSON array.</summary>
    public static string JsonArray(params string[] items) =>
        "[" + string.Join(", ", items.Select(i => System.Text.Json.JsonSerializer.Serialize(i))) + "]";
}
