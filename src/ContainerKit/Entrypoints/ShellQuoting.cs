using ContainerKit.Validation;

namespace ContainerKit.Entrypoints;

/// <summary>The one POSIX quoter: values rendered into the scripts and into the Dockerfiles' RUN lines.</summary>
public static class ShellQuoting
{
    /// <summary><c>it's</c> becomes <c>'it'\''s'</c>: safe for any content, newlines included.</summary>
    public static string Quote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    /// <summary>
    /// One shell word denoting exactly <paramref name="value"/>: the value itself when every character is safe
    /// unquoted (<see cref="Grammar.FirstShellUnsafeCharacter"/>, and no '~', which bash expands after '=' or ':'
    /// too), else <see cref="Quote"/>d. Validation refuses line breaks before a value reaches a Dockerfile line;
    /// this keeps whatever passes one inert word.
    /// </summary>
    public static string Word(string value) =>
        value.Length > 0 && Grammar.FirstShellUnsafeCharacter(value) is null && !value.Contains('~') ? value : Quote(value);
}
