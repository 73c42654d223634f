namespace ContainerKit.Entrypoints;

/// <summary>POSIX single-quote quoting for values rendered into the scripts.</summary>
internal static class ShellQuoting
{
    /// <summary><c>it's</c> becomes <c>'it'\''s'</c>: safe for any content, newlines included.</summary>
    public static string Quote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
