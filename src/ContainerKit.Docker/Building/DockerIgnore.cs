using System.Text;
using System.Text.RegularExpressions;

namespace ContainerKit.Docker.Building;

/// <summary>
/// <c>.dockerignore</c> rules as the docker CLI applies them: one pattern per line, <c>#</c> comments,
/// <c>!</c> exceptions, <c>*</c>/<c>?</c> within a path segment, <c>**</c> across segments; the last
/// matching rule wins and a rule matching a folder matches everything below it.
/// </summary>
public sealed class DockerIgnore
{
    private readonly IReadOnlyList<(Regex Pattern, bool Exception)> _rules;

    private DockerIgnore(IReadOnlyList<(Regex, bool)> rules) => _rules = rules;

    /// <summary>Ignores nothing.</summary>
    public static DockerIgnore None { get; } = new([]);

    /// <summary>Reads <c>.dockerignore</c> of a folder, or <see cref="None"/> when absent.</summary>
    public static DockerIgnore Load(string folder)
    {
        var path = Path.Combine(folder, ".dockerignore");
        return File.Exists(path) ? Parse(File.ReadAllText(path)) : None;
    }

    /// <summary>Parses the text of a <c>.dockerignore</c>.</summary>
    public static DockerIgnore Parse(string text)
    {
        var rules = new List<(Regex, bool)>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var exception = line.StartsWith('!');
            if (exception) line = line[1..].Trim();
            line = line.Replace('\\', '/').Trim('/');
            while (line.StartsWith("./", StringComparison.Ordinal)) line = line[2..];
            if (line.Length == 0) continue;
            rules.Add((new Regex(ToRegex(line), RegexOptions.CultureInvariant), exception));
        }

        return new DockerIgnore(rules);
    }

    /// <summary>True when a context-relative path (forward slashes) is excluded.</summary>
    public bool IsExcluded(string relativePath)
    {
        var excluded = false;
        foreach (var (pattern, exception) in _rules)
        {
            if (MatchesSelfOrParent(pattern, relativePath)) excluded = !exception;
        }

        return excluded;
    }

    private static bool MatchesSelfOrParent(Regex pattern, string path)
    {
        if (pattern.IsMatch(path)) return true;
        for (var slash = path.IndexOf('/'); slash >= 0; slash = path.IndexOf('/', slash + 1))
        {
            if (pattern.IsMatch(path[..slash])) return true;
        }

        return false;
    }

    private static string ToRegex(string pattern)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                i++;
                if (i + 1 < pattern.Length && pattern[i + 1] == '/')
                {
                    i++;
                    regex.Append("(.*/)?");
                }
                else
                {
                    regex.Append(".*");
                }
            }
            else if (c == '*') regex.Append("[^/]*");
            else if (c == '?') regex.Append("[^/]");
            else if (c == '[')
            {
                var close = pattern.IndexOf(']', i + 1);
                if (close < 0) regex.Append(@"\[");
                else
                {
                    var set = pattern[(i + 1)..close];
                    if (set.StartsWith('!')) set = "^" + set[1..];
                    regex.Append('[').Append(set.Replace(@"\", @"\\")).Append(']');
                    i = close;
                }
            }
            else regex.Append(Regex.Escape(c.ToString()));
        }

        return regex.Append('$').ToString();
    }
}
