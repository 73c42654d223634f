using System.Text.RegularExpressions;

namespace ContainerKit.Tests.Docs;

/// <summary>Reads the fenced code blocks (<c>```lang</c> ... <c>```</c>) of Markdown text.</summary>
internal static partial class MarkdownCodeBlocks
{
    /// <summary>The blocks of <paramref name="markdown"/>, named after <paramref name="file"/>, in order.</summary>
    /// <exception cref="FormatException">A fence is never closed.</exception>
    public static IReadOnlyList<CodeBlock> Read(string file, string markdown)
    {
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        var blocks = new List<CodeBlock>();
        for (var i = 0; i < lines.Length; i++)
        {
            var open = Fence().Match(lines[i]);
            if (!open.Success) continue;
            var start = i;
            var body = new List<string>();
            while (++i < lines.Length && !(Fence().Match(lines[i]) is { Success: true } close && close.Groups["info"].Value.Length == 0 && close.Groups["fence"].Value == open.Groups["fence"].Value))
            {
                body.Add(lines[i]);
            }
            if (i >= lines.Length) throw new FormatException($"{file}:{start + 1}: the code block is never closed");
            blocks.Add(new CodeBlock(file, start + 1, open.Groups["info"].Value, string.Join('\n', body) + "\n"));
        }
        return blocks;
    }

    /// <summary>
    /// The block's text with a <c>#line</c> directive in front, so compiler locations name the Markdown file and
    /// its line (the block's first line is the line after the fence).
    /// </summary>
    public static string WithLineDirective(CodeBlock block) => $"#line {block.Line + 1} \"{block.File}\"\n{block.Text}";

    [GeneratedRegex(@"^\s{0,3}(?<fence>```+)\s*(?<info>[^`\s]*)\s*$")]
    private static partial Regex Fence();
}
