namespace ContainerKit.Scripting.Import;

/// <summary>Small helpers over the words of one simple shell command.</summary>
internal static class CommandWords
{
    /// <summary>The program name without its folder (<c>/opt/venv/bin/pip</c> → <c>pip</c>).</summary>
    public static string Program(string word) => word[(word.LastIndexOf('/') + 1)..];

    /// <summary>
    /// The value of option <paramref name="names"/> at <paramref name="index"/> in the forms <c>-r x</c>,
    /// <c>--requirement x</c>, <c>--requirement=x</c> and <c>-rx</c> (short names); advances past a separate value.
    /// </summary>
    public static string? OptionValue(IReadOnlyList<string> words, ref int index, params string[] names)
    {
        var word = words[index];
        foreach (var name in names)
        {
            if (word == name) return index + 1 < words.Count ? words[++index] : null;
            if (name.StartsWith("--", StringComparison.Ordinal) && word.StartsWith(name + "=", StringComparison.Ordinal)) return word[(name.Length + 1)..];
            if (name.Length == 2 && word.Length > 2 && word.StartsWith(name, StringComparison.Ordinal) && !word.StartsWith("--", StringComparison.Ordinal)) return word[2..];
        }

        return null;
    }

    /// <summary>The last word of <paramref name="command"/> that is not an option, or null.</summary>
    public static string? LastOperand(IReadOnlyList<string> command) =>
        command.Skip(1).LastOrDefault(w => !w.StartsWith('-'));
}
