using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ContainerKit.Rendering;

/// <summary>Writes YAML documents deterministically (node order as built, LF line ends, no document markers).</summary>
internal static partial class Yaml
{
    /// <summary>
    /// A string scalar that every YAML 1.1 and 1.2 reader takes as that string: double-quoted when its plain form would
    /// read as something else (a number, a boolean such as <c>yes</c>, null, a timestamp) or is empty.
    /// </summary>
    public static YamlScalarNode Text(string value) =>
        value.Length == 0 || NonString().IsMatch(value) ? new YamlScalarNode(value) { Style = ScalarStyle.DoubleQuoted } : new YamlScalarNode(value);

    /// <summary>The text of one document with <paramref name="root"/>.</summary>
    public static string Write(YamlNode root)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        new YamlStream(new YamlDocument(root)).Save(writer, assignAnchors: false);
        var text = writer.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
        // YamlStream ends a document with "...": drop it, a single-document file does not need it.
        return text.EndsWith("...\n", StringComparison.Ordinal) ? text[..^4] : text;
    }

    [GeneratedRegex(@"^(?:[-+]?(?:[0-9][0-9_]*(?:\.[0-9_]*)?|\.[0-9_]+)(?:[eE][-+]?[0-9]+)?|0[xX][0-9a-fA-F_]+|0[oObB]?[0-7_]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|[0-9]+(?::[0-5]?[0-9])+(?:\.[0-9_]*)?|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}.*|~|null|Null|NULL|true|True|TRUE|false|False|FALSE|y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|<<|=)\z")]
    private static partial Regex NonString();
}
