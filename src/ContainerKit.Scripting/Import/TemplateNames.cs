using System.Text.RegularExpressions;

namespace ContainerKit.Scripting.Import;

/// <summary>
/// The project and package names of a template folder: from its <c>.env</c> (written by <c>./template.sh env</c>,
/// never committed) when it exists, else from the defaults <c>template.sh</c> writes into it
/// (its <c>PROJECT_NAME=</c> and <c>PACKAGE_NAME=</c> lines).
/// </summary>
/// <param name="ProjectName">PROJECT_NAME, or null.</param>
/// <param name="PackageName">PACKAGE_NAME, or null.</param>
internal sealed partial record TemplateNames(string? ProjectName, string? PackageName)
{
    /// <summary>The <c>.env</c> file of a template folder.</summary>
    public const string EnvFile = ".env";

    /// <summary>The template's command script.</summary>
    public const string Script = "template.sh";

    /// <summary>Reads the names of <paramref name="source"/>, each from the first of <c>.env</c> and <c>template.sh</c> that sets it.</summary>
    public static TemplateNames Read(TemplateSource source)
    {
        var texts = new[] { EnvFile, Script }.Select(f => (File: f, Text: source.ReadFile(f))).Where(f => f.Text is not null).ToList();
        return new TemplateNames(
            texts.Select(f => Value(f.Text!, "PROJECT_NAME")).FirstOrDefault(v => v is not null),
            texts.Select(f => Value(f.Text!, "PACKAGE_NAME")).FirstOrDefault(v => v is not null));
    }

    /// <summary>The first <c>NAME=value</c> line (optionally <c>export</c>ed, the value optionally quoted); null when absent, empty or not literal.</summary>
    private static string? Value(string text, string name)
    {
        foreach (Match match in Assignment().Matches(text))
        {
            if (match.Groups["name"].Value != name) continue;
            var value = match.Groups["value"].Value.Trim();
            var hash = value.StartsWith('"') || value.StartsWith('\'') ? -1 : value.IndexOf(" #", StringComparison.Ordinal);
            if (hash >= 0) value = value[..hash].TrimEnd();
            if (value.Length >= 2 && value[0] == value[^1] && value[0] is '"' or '\'') value = value[1..^1];
            return value.Length == 0 || value.Contains('$') || value.Contains('`') ? null : value;
        }

        return null;
    }

    [GeneratedRegex(@"^[ \t]*(?:export[ \t]+)?(?<name>[A-Za-z_][A-Za-z0-9_]*)=(?<value>[^\r\n]*)$", RegexOptions.Multiline)]
    private static partial Regex Assignment();
}
