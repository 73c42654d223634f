using System.Text;

namespace ContainerKit.Tests.Properties;

/// <summary>
/// Splits shell text (a RUN line) or the arguments of another Dockerfile instruction into tokens the way the
/// shell, or Docker's word processing, reads them: quotes removed, every expansion kept as one marked span
/// (<see cref="Expansion"/>…<see cref="Expansion"/>) and, for shell text, operators and newlines as tokens of their
/// own and comments dropped. It expands nothing; two texts that split into equal tokens run the same words.
/// </summary>
internal static class ShellTokens
{
    /// <summary>Delimits an expansion (<c>$x</c>, <c>${x}</c>, <c>$(…)</c>, backticks) inside a word.</summary>
    public const char Expansion = '\uE000';

    /// <summary>Starts an operator token (<c>;</c>, <c>&amp;&amp;</c>, <c>|</c>, <c>&gt;</c>, a newline…).</summary>
    public const char Operator = '\uE001';

    /// <summary>The token of a quote left open.</summary>
    public const string Unterminated = "\uE002unterminated";

    /// <summary>
    /// The tokens of <paramref name="text"/>: shell syntax when <paramref name="shell"/>, else Docker's word processing
    /// (ENV, LABEL, COPY…), which splits at whitespace unless <paramref name="words"/> is false (WORKDIR and USER
    /// take their whole argument as one word).
    /// </summary>
    public static IReadOnlyList<string> Split(string text, bool shell, bool words = true)
    {
        var tokens = new List<string>();
        var word = new StringBuilder();
        var inWord = false;

        void EndWord()
        {
            if (inWord) tokens.Add(word.ToString());
            word.Clear();
            inWord = false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (shell ? c is ' ' or '\t' : words && c != '\n' && char.IsWhiteSpace(c))
            {
                EndWord();
            }
            else if (shell && (c == '\n' || ";&|<>()".Contains(c)))
            {
                EndWord();
                var end = i + 1;
                while (end < text.Length && c is not ('\n' or '(' or ')') && ";&|<>".Contains(text[end])) end++;
                tokens.Add(Operator + text[i..end]);
                i = end - 1;
            }
            else if (shell && c == '#' && !inWord)
            {
                while (i + 1 < text.Length && text[i + 1] != '\n') i++;
            }
            else if (c == '\'')
            {
                var close = text.IndexOf('\'', i + 1);
                if (close < 0) return [.. tokens, Unterminated];
                word.Append(text, i + 1, close - i - 1);
                inWord = true;
                i = close;
            }
            else if (c == '"')
            {
                inWord = true;
                if (!DoubleQuoted(text, ref i, word, shell)) return [.. tokens, Unterminated];
            }
            else if (c == '\\' && i + 1 < text.Length)
            {
                i++;
                if (text[i] == '\n' && shell) continue;
                word.Append(text[i]);
                inWord = true;
            }
            else if (c == '$' || shell && c == '`')
            {
                inWord = true;
                if (!Expand(text, ref i, word, shell)) return [.. tokens, Unterminated];
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }
        EndWord();
        return tokens;
    }

    private static bool DoubleQuoted(string text, ref int i, StringBuilder word, bool shell)
    {
        for (i++; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"') return true;
            if (c == '\\' && i + 1 < text.Length && (text[i + 1] is '"' or '\\' or '$' || shell && text[i + 1] is '`' or '\n'))
            {
                i++;
                if (text[i] != '\n') word.Append(text[i]);
            }
            else if (c == '$' || shell && c == '`')
            {
                if (!Expand(text, ref i, word, shell)) return false;
            }
            else
            {
                word.Append(c);
            }
        }
        return false;
    }

    /// <summary>Reads the expansion starting at <paramref name="i"/> into <paramref name="word"/>, marked; false when it never closes.</summary>
    private static bool Expand(string text, ref int i, StringBuilder word, bool shell)
    {
        var start = i;
        var next = i + 1 < text.Length ? text[i + 1] : '\0';
        if (text[i] == '`')
        {
            var close = text.IndexOf('`', i + 1);
            if (close < 0) return false;
            i = close;
        }
        else if (next == '{' || shell && next == '(')
        {
            var open = next;
            var closing = open == '{' ? '}' : ')';
            var depth = 0;
            for (i++; i < text.Length; i++)
            {
                if (text[i] == open) depth++;
                else if (text[i] == closing && --depth == 0) break;
            }
            if (i >= text.Length) return false;
        }
        else if (shell && next == '\'')
        {
            var close = text.IndexOf('\'', i + 2);
            if (close < 0) return false;
            i = close;
        }
        else if (char.IsAsciiLetter(next) || next == '_')
        {
            i++;
            while (i + 1 < text.Length && (char.IsAsciiLetterOrDigit(text[i + 1]) || text[i + 1] == '_')) i++;
        }
        else if (shell && (char.IsAsciiDigit(next) || "@*#?$!-".Contains(next)) && next != '\0')
        {
            i++;
        }
        else
        {
            word.Append('$');
            return true;
        }
        word.Append(Expansion).Append(text, start, i - start + 1).Append(Expansion);
        return true;
    }
}
