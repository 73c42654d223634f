using ContainerKit.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace ContainerKit.Scripting.Import;

/// <summary>
/// Reads the literal build arguments of a compose file (<c>services.*.build.args</c>, mapping or
/// <c>KEY=value</c> list form). Values that interpolate (<c>${PROJECT_NAME}</c>, filled from the never-committed
/// <c>.env</c>) are not literal and are skipped; within a file the first service that sets a name wins.
/// </summary>
internal static class ComposeBuildArgs
{
    /// <summary>The literal build arguments of <paramref name="yaml"/>.</summary>
    /// <exception cref="DiagnosticException">CK1106 when the file is not YAML.</exception>
    public static IReadOnlyDictionary<string, string> Parse(string yaml, string location)
    {
        object? root;
        try
        {
            root = new DeserializerBuilder().Build().Deserialize<object>(yaml);
        }
        catch (YamlException ex)
        {
            throw new DiagnosticException(ImportDiagnostics.Error($"{location}:{ex.Start.Line}", "the compose file is not valid YAML: " + ex.Message));
        }

        var args = new Dictionary<string, string>(StringComparer.Ordinal);
        var services = Child(root, "services") as IDictionary<object, object>;
        foreach (var service in services?.Values ?? [])
        {
            foreach (var (name, value) in Args(Child(Child(service, "build"), "args")))
            {
                if (value is not null && !value.Contains('$')) args.TryAdd(name, value);
            }
        }

        return args;
    }

    private static object? Child(object? node, string key) =>
        node is IDictionary<object, object> map && map.TryGetValue(key, out var value) ? value : null;

    private static IEnumerable<(string Name, string? Value)> Args(object? args) => args switch
    {
        IDictionary<object, object> map => map.Select(p => (p.Key.ToString() ?? "", p.Value?.ToString())),
        IList<object> list => list.OfType<string>().Select(item => item.Split('=', 2)).Select(p => (p[0], p.Length == 2 ? p[1] : null)),
        _ => [],
    };
}
