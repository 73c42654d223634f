using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ContainerKit.Dockerfiles;

/// <summary>
/// Parses Dockerfile text into instructions and stages (pure, never throws on odd input: unknown
/// keywords are kept so the linter can report them). Supports parser directives, comments, line
/// continuations with the configured escape character, JSON (exec) form and instruction flags.
/// Heredocs are not supported (the portable syntax level does not have them).
/// </summary>
public static partial class DockerfileParser
{
    private static readonly string[] KnownDirectives = ["syntax", "escape", "check"];
    private static readonly string[] KeywordsWithFlags = ["FROM", "RUN", "COPY", "ADD"];

    /// <summary>Parses <paramref name="text"/> (either line ending).</summary>
    public static DockerfileDocument Parse(string text)
    {
        var directives = new Dictionary<string, string>(StringComparer.Ordinal);
        var escape = '\\';
        var inHeader = true;
        var instructions = new List<DockerfileInstruction>();
        var stages = new List<DockerfileStage>();
        StringBuilder? pending = null;
        var pendingLine = 0;

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.Trim();
            if (pending is null)
            {
                if (inHeader && TryDirective(trimmed, out var key, out var value))
                {
                    directives[key] = value;
                    if (key == "escape" && value.Length == 1)
                    {
                        escape = value[0];
                    }
                    continue;
                }
                inHeader = false;
                if (trimmed.Length == 0 || trimmed.StartsWith('#'))
                {
                    continue;
                }
                pending = new StringBuilder();
                pendingLine = i + 1;
            }
            else if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                // Comment and empty lines inside a continuation are dropped, as Docker does.
                continue;
            }

            var content = line.TrimEnd();
            if (content.EndsWith(escape))
            {
                pending.Append(content.AsSpan(0, content.Length - 1));
                continue;
            }
            pending.Append(content);
            instructions.Add(Build(pending.ToString(), pendingLine, stages));
            pending = null;
        }
        if (pending is not null)
        {
            // A continuation at the end of the file ends the instruction.
            instructions.Add(Build(pending.ToString(), pendingLine, stages));
        }
        return new DockerfileDocument(directives, escape, instructions, stages);
    }

    private static bool TryDirective(string line, out string key, out string value)
    {
        var match = DirectiveRegex().Match(line);
        key = match.Success ? match.Groups[1].Value.ToLowerInvariant() : "";
        value = match.Success ? match.Groups[2].Value : "";
        return match.Success && KnownDirectives.Contains(key);
    }

    private static DockerfileInstruction Build(string logicalLine, int line, List<DockerfileStage> stages)
    {
        var text = logicalLine.Trim();
        var space = IndexOfWhitespace(text, 0);
        var keyword = (space < 0 ? text : text[..space]).ToUpperInvariant();
        var rest = space < 0 ? "" : text[space..].TrimStart();

        var flags = new List<DockerfileFlag>();
        while (KeywordsWithFlags.Contains(keyword) && rest.StartsWith("--", StringComparison.Ordinal))
        {
            var end = IndexOfWhitespace(rest, 0);
            var token = end < 0 ? rest[2..] : rest[2..end];
            var eq = token.IndexOf('=');
            flags.Add(eq < 0 ? new DockerfileFlag(token, "") : new DockerfileFlag(token[..eq], token[(eq + 1)..]));
            rest = end < 0 ? "" : rest[end..].TrimStart();
        }

        if (keyword == "FROM")
        {
            var words = rest.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var name = words.Length >= 3 && words[1].Equals("AS", StringComparison.OrdinalIgnoreCase) ? words[2] : null;
            var platform = flags.FirstOrDefault(f => f.Name.Equals("platform", StringComparison.OrdinalIgnoreCase))?.Value;
            stages.Add(new DockerfileStage(stages.Count, name, words.Length > 0 ? words[0] : "", platform, line));
        }
        return new DockerfileInstruction(keyword, line, flags, rest, TryJsonArray(rest), stages.Count - 1);
    }

    private static IReadOnlyList<string>? TryJsonArray(string arguments)
    {
        if (!arguments.StartsWith('['))
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<string[]>(arguments);
        }
        catch (JsonException)
        {
            // Not valid JSON: Docker treats it as shell form too.
            return null;
        }
    }

    private static int IndexOfWhitespace(string text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }
        return -1;
    }

    [GeneratedRegex(@"^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$")]
    private static partial Regex DirectiveRegex();
}
