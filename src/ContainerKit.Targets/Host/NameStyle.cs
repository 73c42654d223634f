using System.Text;

namespace ContainerKit.Targets.Host;

/// <summary>Converts member names (<c>RegistryUsername</c>) to the CLI and environment spellings.</summary>
internal static class NameStyle
{
    /// <summary><c>RegistryUsername</c> -&gt; <c>registry-username</c>.</summary>
    public static string Kebab(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c == '_')
            {
                builder.Append('-');
                continue;
            }
            var wordStart = char.IsUpper(c) && i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1])
                || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1])));
            if (wordStart && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }

    /// <summary><c>registry-username</c> -&gt; <c>REGISTRY_USERNAME</c>.</summary>
    public static string UpperSnake(string kebab) => kebab.Replace('-', '_').ToUpperInvariant();

    /// <summary><c>registry-username</c> -&gt; <c>registryUsername</c>.</summary>
    public static string Camel(string kebab)
    {
        var parts = kebab.Split('-');
        return parts[0] + string.Concat(parts.Skip(1).Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));
    }
}
