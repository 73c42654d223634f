using System.Text.RegularExpressions;
using ContainerKit.Dockerfiles;

namespace ContainerKit.Scripting.Import;

/// <summary>
/// The build arguments a template build sees: the compose files' literal build args override the Dockerfile's
/// <c>ARG NAME=default</c> values (as <c>docker compose build</c> does); among ARG defaults the first in file order wins.
/// </summary>
internal sealed partial class BuildArguments
{
    private readonly Dictionary<string, string> _values;

    private BuildArguments(Dictionary<string, string> values) => _values = values;

    /// <summary>The arguments of <paramref name="dockerfile"/> overridden by <paramref name="composeArgs"/>.</summary>
    public static BuildArguments From(DockerfileDocument dockerfile, IReadOnlyDictionary<string, string> composeArgs)
    {
        var values = new Dictionary<string, string>(composeArgs, StringComparer.Ordinal);
        foreach (var instruction in dockerfile.Instructions.Where(i => i.Keyword == "ARG"))
        {
            foreach (var word in instruction.Arguments.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                var eq = word.IndexOf('=');
                if (eq > 0) values.TryAdd(word[..eq], Unquote(word[(eq + 1)..]));
            }
        }

        return new BuildArguments(values);
    }

    /// <summary>The value of <paramref name="name"/>, or null when neither compose nor an ARG default gives one (or it is empty).</summary>
    public string? Get(string name) => _values.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

    /// <summary>
    /// <paramref name="text"/> with <c>$NAME</c> and <c>${NAME}</c> replaced by their values; the names without a
    /// value are returned in <paramref name="missing"/> (and left as written).
    /// </summary>
    public string Substitute(string text, out IReadOnlyList<string> missing)
    {
        var unknown = new List<string>();
        var result = Reference().Replace(text, match =>
        {
            var name = match.Groups["braced"].Success ? match.Groups["braced"].Value : match.Groups["plain"].Value;
            if (Get(name) is { } value) return value;
            unknown.Add(name);
            return match.Value;
        });
        missing = unknown;
        return result;
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && value[0] == value[^1] && value[0] is '"' or '\'' ? value[1..^1] : value;

    [GeneratedRegex(@"\$(?:\{(?<braced>[A-Za-z_][A-Za-z0-9_]*)\}|(?<plain>[A-Za-z_][A-Za-z0-9_]*))")]
    private static partial Regex Reference();
}
