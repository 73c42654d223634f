using System.Text;

namespace ContainerKit.Scripting.Import;

/// <summary>
/// Reads the name/value pairs of an <c>ENV</c> (or the <c>NAME[=default]</c> words of an <c>ARG</c>): the
/// <c>NAME=value NAME2="a b"</c> form and the legacy <c>NAME value with spaces</c> form. Quotes are removed and
/// backslash escapes kept literal; variables are left for <see cref="DockerfileVariables"/> to expand.
/// </summary>
internal static class EnvInstruction
{
    /// <summary>The pairs of <paramref name="arguments"/>; the value is null for an <c>ARG NAME</c> without default.</summary>
    public static IReadOnlyList<(string Name, string? Value)> Pairs(string arguments)
    {
        var words = Words(arguments);
        if (words.Count == 0) return [];
        if (!words[0].Contains('=', StringComparison.Ordinal))
        {
            // Legacy form: ENV NAME value with spaces (ARG NAME without a default has a single word).
            var rest = arguments.Trim()[words[0].Length..].Trim();
            return [(words[0], words.Count == 1 ? null : Unquote(rest))];
        }

        return words.Select(w => w.IndexOf('=', StringComparison.Ordinal) is var eq and > 0
            ? (w[..eq], (string?)Unquote(w[(eq + 1)..]))
            : (w, null)).ToList();
    }

    /// <summary>Whitespace-separated words, quotes kept (a quoted part never splits a word).</summary>
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var quote = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote == '\0' && char.IsWhiteSpace(c))
            {
                if (word.Length > 0) words.Add(word.ToString());
                word.Clear();
                continue;
            }

            word.Append(c);
            if (c == '\\' && quote != '\'' && i + 1 < text.Length) word.Append(text[++i]);
            else if (quote == '\0' && c is '"' or '\'') quote = c;
            else if (c == quote) quote = '\0';
        }

        if (word.Length > 0) words.Add(word.ToString());
        return words;
    }

    /// <summary><paramref name="value"/> with its quotes removed and <c>\x</c> escapes (outside single quotes) resolved.</summary>
    private static string Unquote(string value)
    {
        var result = new StringBuilder();
        var quote = '\0';
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\\' && quote != '\'' && i + 1 < value.Length) result.Append(value[++i]);
            else if (quote == '\0' && c is '"' or '\'') quote = c;
            else if (c == quote) quote = '\0';
            else result.Append(c);
        }

        return result.ToString();
    }
}
