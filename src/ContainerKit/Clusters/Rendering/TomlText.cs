using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ContainerKit.Clusters.Rendering;

/// <summary>TOML syntax for the EDF writer: basic strings and keys.</summary>
public static partial class TomlText
{
    /// <summary>A TOML basic string denoting exactly <paramref name="value"/> (quotes, backslashes and control characters escaped).</summary>
    public static string String(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                '\r' => "\\r",
                _ when char.IsControl(c) => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => c.ToString(),
            });
        }
        return text.Append('"').ToString();
    }

    /// <summary>True when <paramref name="key"/> is a TOML bare key (letters, digits, '_' and '-').</summary>
    public static bool IsBareKey(string key) => BareKey().IsMatch(key);

    /// <summary>
    /// A dotted key (<c>com.hooks.ssh.enabled</c>, the form the EDF reference uses for annotations): each non-empty
    /// segment bare when it can be, else quoted.
    /// </summary>
    public static string DottedKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return string.Join('.', key.Split('.').Select(segment => IsBareKey(segment) ? segment : String(segment)));
    }

    /// <summary>A key: bare when it can be, else quoted.</summary>
    public static string Key(string key) => IsBareKey(key) ? key : String(key);

    [GeneratedRegex(@"^[A-Za-z0-9_-]+\z")]
    private static partial Regex BareKey();
}
