using System.Text.Json;

namespace ContainerKit.Targets.Host;

/// <summary>Reads <c>.nuke/parameters.json</c>: keys in camelCase or kebab-case, values as raw strings.</summary>
internal static class ParametersFile
{
    /// <summary>Relative path of the file below the root.</summary>
    public const string RelativePath = ".nuke/parameters.json";

    /// <summary>Kebab-case key -&gt; raw values; empty when the file does not exist.</summary>
    public static IReadOnlyDictionary<string, List<string>> Read(string rootDirectory)
    {
        var path = Path.Combine(rootDirectory, RelativePath);
        var result = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        if (!File.Exists(path))
        {
            return result;
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new UsageException($"{RelativePath} is not valid JSON: {e.Message}");
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new UsageException($"{RelativePath} must contain a JSON object.");
            }
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Name.StartsWith('$'))
                {
                    continue;
                }
                var values = property.Value.ValueKind == JsonValueKind.Array
                    ? property.Value.EnumerateArray().Select(e => Scalar(property.Name, e)).ToList()
                    : [Scalar(property.Name, property.Value)];
                result[NameStyle.Kebab(property.Name)] = values;
            }
        }
        return result;
    }

    private static string Scalar(string key, JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString()!,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Number => element.GetRawText(),
        _ => throw new UsageException($"{RelativePath}: key '{key}' must be a string, number, boolean or array of those."),
    };
}
