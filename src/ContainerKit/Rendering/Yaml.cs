using YamlDotNet.RepresentationModel;

namespace ContainerKit.Rendering;

/// <summary>Writes YAML documents deterministically (node order as built, LF line ends, no document markers).</summary>
internal static class Yaml
{
    /// <summary>The text of one document with <paramref name="root"/>.</summary>
    public static string Write(YamlNode root)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        new YamlStream(new YamlDocument(root)).Save(writer, assignAnchors: false);
        var text = writer.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
        // YamlStream ends a document with "...": drop it, a single-document file does not need it.
        return text.EndsWith("...\n", StringComparison.Ordinal) ? text[..^4] : text;
    }
}
