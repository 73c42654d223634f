using System.Text;

namespace ContainerKit.Lint;

/// <summary>
/// A deliberately small POSIX shell reader for lint purposes: splits a RUN line into simple
/// commands (at <c>&amp;&amp; || ; | &amp;</c>, newlines and parentheses outside quotes) and
/// those into words with quotes removed. It does not expand anything.
/// </summary>
internal static class ShellCommands
{
    /// <summary>The simple commands of <paramref name="script"/>, each as its words, leading <c>VAR=value</c> assignments dropped unless <paramref name="keepAssignments"/>.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Split(string script, bool keepAssignments = false)
    {
        var commands = new List<IReadOnlyList<string>>();
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        char quote = '\0';

        void EndWord()
        {
            if (inWord)
            {
                words.Add(word.ToString());
            }
            word.Clear();
            inWord = false;
        }

        void EndCommand()
        {
            EndWord();
            var start = 0;
            while (!keepAssignments && start < words.Count && IsAssignment(words[start]))
            {
                start++;
            }
            if (start < words.Count)
            {
                commands.Add(words.Skip(start).ToList());
            }
            words.Clear();
        }

        for (var i = 0; i < script.Length; i++)
        {
            var c = script[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
                else
                {
                    word.Append(c);
                }
            }
            else if (c is '\'' or '"')
            {
                quote = c;
                inWord = true;
            }
            else if (c == '\\' && i + 1 < script.Length)
            {
                word.Append(script[++i]);
                inWord = true;
            }
            else if (c is ';' or '|' or '&' or '\n' or '(' or ')')
            {
                EndCommand();
            }
            else if (char.IsWhiteSpace(c))
            {
                EndWord();
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }
        EndCommand();
        return commands;
    }

    /// <summary>True when <paramref name="script"/> pipes one command into another (a single '|' outside quotes).</summary>
    public static bool HasPipe(string script)
    {
        char quote = '\0';
        for (var i = 0; i < script.Length; i++)
        {
            var c = script[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c == '\\')
            {
                i++;
            }
            else if (c == '|')
            {
                if (i + 1 < script.Length && script[i + 1] == '|')
                {
                    i++;
                    continue;
                }
                return true;
            }
        }
        return false;
    }

    /// <summary>The command name and arguments with a leading <c>sudo</c> (and its options) removed.</summary>
    public static IReadOnlyList<string> WithoutSudo(IReadOnlyList<string> command)
    {
        var start = 0;
        if (command.Count > 0 && command[0] == "sudo")
        {
            start = 1;
            while (start < command.Count && command[start].StartsWith('-'))
            {
                start++;
            }
        }
        return command.Skip(start).ToList();
    }

    private static bool IsAssignment(string word)
    {
        var eq = word.IndexOf('=');
        return eq > 0 && word[..eq].All(ch => char.IsAsciiLetterOrDigit(ch) || ch == '_') && !char.IsAsciiDigit(word[0]);
    }
}
