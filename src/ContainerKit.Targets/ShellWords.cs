using System.Text;
using ContainerKit.Targets.Host;

namespace ContainerKit.Targets;

/// <summary>Splits a command line given as one string into words the way a POSIX shell would (quotes and backslashes; no expansion).</summary>
public static class ShellWords
{
    /// <summary>The words of <paramref name="text"/>.</summary>
    /// <exception cref="TargetExitException">An unterminated quote (exit code 2).</exception>
    public static IReadOnlyList<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (inWord) words.Add(word.ToString());
                word.Clear();
                inWord = false;
                continue;
            }
            inWord = true;
            if (c == '\'')
            {
                var end = text.IndexOf('\'', i + 1);
                if (end < 0) throw Unterminated(text, "'");
                word.Append(text, i + 1, end - i - 1);
                i = end;
            }
            else if (c == '"')
            {
                i++;
                for (; i < text.Length && text[i] != '"'; i++)
                {
                    if (text[i] == '\\' && i + 1 < text.Length && text[i + 1] is '"' or '\\' or '$' or '`') i++;
                    word.Append(text[i]);
                }
                if (i >= text.Length) throw Unterminated(text, "\"");
            }
            else if (c == '\\' && i + 1 < text.Length)
            {
                word.Append(text[++i]);
            }
            else
            {
                word.Append(c);
            }
        }
        if (inWord) words.Add(word.ToString());
        return words;
    }

    private static TargetExitException Unterminated(string text, string quote) =>
        new(2, $"--command has an unterminated {quote} quote: {text}");
}
