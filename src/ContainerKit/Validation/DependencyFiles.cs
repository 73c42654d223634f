using ContainerKit.Definitions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace ContainerKit.Validation;

/// <summary>Parses the template-style dependency files (<c>requirements.txt</c>, <c>environment.yml</c>).</summary>
internal static class DependencyFiles
{
    /// <summary>The requirement and option lines of a requirements.txt, comments and blanks dropped, with 1-based line numbers.</summary>
    public static IReadOnlyList<(int Line, string Text, bool IsOption)> ParseRequirements(string content)
    {
        var result = new List<(int, string, bool)>();
        var lines = content.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var text = lines[i];
            var hash = text.IndexOf(" #", StringComparison.Ordinal);
            if (text.TrimStart().StartsWith('#')) continue;
            if (hash >= 0) text = text[..hash];
            text = text.Trim();
            if (text.Length == 0) continue;
            result.Add((i + 1, text, text.StartsWith('-')));
        }
        return result;
    }

    /// <summary>Reads an environment.yml into a <see cref="CondaEnvironment"/>; throws <see cref="FormatException"/> with a readable message.</summary>
    public static CondaEnvironment ParseEnvironmentYaml(string content)
    {
        object? root;
        try
        {
            root = new DeserializerBuilder().Build().Deserialize<object>(content);
        }
        catch (YamlException ex)
        {
            throw new FormatException($"line {ex.Start.Line}: {ex.Message}", ex);
        }
        if (root is not IDictionary<object, object> map) throw new FormatException("the document is not a mapping");
        var channels = Strings(map, "channels");
        var specs = new List<CondaSpec>();
        var pip = new List<PipRequirement>();
        if (map.TryGetValue("dependencies", out var deps) && deps is not null)
        {
            if (deps is not IList<object> list) throw new FormatException("'dependencies' is not a list");
            foreach (var item in list)
            {
                switch (item)
                {
                    case string s:
                        specs.Add(s);
                        break;
                    case IDictionary<object, object> section when section.Count == 1 && Equals(section.Keys.First(), "pip"):
                        pip.AddRange(Strings(section, "pip").Select(p => new PipRequirement(p)));
                        break;
                    default:
                        throw new FormatException("a dependency is neither a spec nor a '- pip:' list");
                }
            }
        }
        return new CondaEnvironment { Channels = channels, Dependencies = specs, Pip = pip };
    }

    private static List<string> Strings(IDictionary<object, object> map, string key)
    {
        if (!map.TryGetValue(key, out var value) || value is null) return [];
        if (value is not IList<object> list || list.Any(v => v is not string))
            throw new FormatException($"'{key}' is not a list of strings");
        return list.Cast<string>().ToList();
    }
}
