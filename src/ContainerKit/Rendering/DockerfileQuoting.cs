namespace ContainerKit.Rendering;

/// <summary>Quoting of values in ENV/LABEL instructions and in exec-form JSON arrays.</summary>
internal static class DockerfileQuoting
{
    /// <summary>A double-quoted Dockerfile word: backslash, quote and <c>$</c> escaped so nothing expands.</summary>
    public static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("$", "\\$", StringComparison.Ordinal) + "\"";

    /// <summary>An exec-form JSON array.</summary>
    public static string JsonArray(params string[] items) =>
        "[" + string.Join(", ", items.Select(i => System.Text.Json.JsonSerializer.Serialize(i))) + "]";
}
