using ContainerKit.Dockerfiles;
using ContainerKit.Rendering;
using YamlDotNet.RepresentationModel;

namespace ContainerKit.Tests.Properties;

/// <summary>
/// What a rendered entry means, as comparable lines: each Dockerfile instruction as its keyword, flags and
/// words (RUN lines split into shell words and operators), each entrypoint script as its shell tokens, each YAML
/// file as its scalars by path, and the other text files (dependency lists, .env.example) line by line, at every
/// line break Python knows.
/// render.json is left out: its content hash changes with every value.
/// </summary>
internal static class RenderedShape
{
    /// <summary>Separates the parts of one line; never produced by the value generators.</summary>
    public const char Separator = '\uE003';

    /// <summary>The shape of every file of <paramref name="files"/>, by path.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Of(IEnumerable<RenderedFile> files) =>
        files.Where(f => f.RelativePath != RenderManifest.FileName)
            .ToDictionary(f => f.RelativePath, f => Of(f.RelativePath, f.Content), StringComparer.Ordinal);

    /// <summary>The shape of one file.</summary>
    public static IReadOnlyList<string> Of(string path, string content) => path switch
    {
        ImagePaths.GenericDockerfile or ImagePaths.UserDockerfile => Dockerfile(content),
        _ when path.EndsWith(".sh", StringComparison.Ordinal) => ShellTokens.Split(content, shell: true),
        _ when path.EndsWith(".yaml", StringComparison.Ordinal) || path.EndsWith(".yml", StringComparison.Ordinal) => Yaml(content),
        _ => content.Split(LineBreaks),
    };

    /// <summary>Where Python's <c>str.splitlines</c> (pip reading requirements) breaks lines: more than '\n'.</summary>
    private static readonly char[] LineBreaks = ['\n', '\r', '\v', '\f', '\x1c', '\x1d', '\x1e', '\u0085', '\u2028', '\u2029'];

    /// <summary>One line per instruction.</summary>
    public static IReadOnlyList<string> Dockerfile(string content) =>
        [.. DockerfileParser.Parse(content).Instructions.Select(Instruction)];

    /// <summary>An instruction as keyword, flags and words.</summary>
    public static string Instruction(DockerfileInstruction instruction)
    {
        var words = instruction.JsonArguments is { } json
            ? json.Select(item => "json:" + item)
            : ShellTokens.Split(instruction.Arguments, shell: instruction.Keyword == "RUN", words: instruction.Keyword is not ("WORKDIR" or "USER"));
        return string.Join(Separator, [instruction.Keyword, .. instruction.Flags.Select(f => $"--{f.Name}={f.Value}"), "|", .. words]);
    }

    /// <summary>
    /// <paramref name="line"/> ready for comparison: the words of ENV and LABEL sorted, since the pairs they set do not
    /// depend on their order and the renderer sorts them by key.
    /// </summary>
    public static string Normalized(string line)
    {
        if (!line.StartsWith("ENV" + Separator, StringComparison.Ordinal) && !line.StartsWith("LABEL" + Separator, StringComparison.Ordinal)) return line;
        var parts = line.Split(Separator);
        var bar = Array.IndexOf(parts, "|");
        return string.Join(Separator, [.. parts[..(bar + 1)], .. parts[(bar + 1)..].Order(StringComparer.Ordinal)]);
    }

    private static List<string> Yaml(string content)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(content));
        var lines = new List<string>();
        foreach (var document in stream.Documents) Flatten(document.RootNode, "", lines);
        return lines;
    }

    private static void Flatten(YamlNode node, string path, List<string> lines)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    var name = key is YamlScalarNode scalar ? scalar.Value ?? "" : key.ToString();
                    lines.Add(path + Separator + "key" + Separator + name);
                    Flatten(value, path + Separator + name, lines);
                }
                break;
            case YamlSequenceNode sequence:
                var index = 0;
                foreach (var item in sequence.Children) Flatten(item, path + Separator + index++, lines);
                break;
            case YamlScalarNode scalar:
                lines.Add(path + Separator + "=" + Separator + scalar.Value);
                break;
        }
    }
}
