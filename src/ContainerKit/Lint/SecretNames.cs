using System.Text.RegularExpressions;

namespace ContainerKit.Lint;

/// <summary>
/// Decides whether a variable name looks like it holds a secret. Names are split into words at
/// '_' and camelCase boundaries; a name is secret-looking when a word is a secret word
/// (PASSWORD, TOKEN, SECRET, ...) or two adjacent words form one (API KEY, ACCESS KEY, ...).
/// Not secret: names ending in a path word (<c>*_FILE</c>, <c>*_AT</c>, <c>*_PATH</c>, <c>*_DIR</c>),
/// a hash (<c>*_HASH</c>) or a URL, a secret word followed by a measure (<c>MAX_TOKEN_LENGTH</c>),
/// plural TOKENS (<c>MAX_NEW_TOKENS</c> counts tokens), and a few well-known switches.
/// </summary>
public static partial class SecretNames
{
    private static readonly HashSet<string> SecretWords =
        ["PASSWORD", "PASSWD", "PASSPHRASE", "SECRET", "TOKEN", "APIKEY", "CREDENTIAL", "CREDENTIALS", "PAT", "PRIVATEKEY"];

    private static readonly HashSet<string> KeyQualifiers = ["API", "ACCESS", "PRIVATE", "AUTH", "SIGNING", "ENCRYPTION"];

    private static readonly HashSet<string> SafeLastWords = ["FILE", "FILES", "AT", "PATH", "DIR", "HASH", "URL"];

    private static readonly HashSet<string> Measures = ["LENGTH", "LEN", "LIMIT", "COUNT", "SIZE", "TYPE"];

    private static readonly HashSet<string> KnownSafe = new(StringComparer.OrdinalIgnoreCase)
    {
        "HF_HUB_DISABLE_IMPLICIT_TOKEN",
    };

    /// <summary>True when <paramref name="name"/> looks like it holds a secret value.</summary>
    public static bool IsSecretLooking(string name)
    {
        if (KnownSafe.Contains(name))
        {
            return false;
        }
        var words = WordBoundary().Split(name)
            .SelectMany(part => part.Split('_', '-'))
            .Where(w => w.Length > 0)
            .Select(w => w.ToUpperInvariant())
            .ToList();
        if (words.Count == 0 || SafeLastWords.Contains(words[^1]))
        {
            return false;
        }
        for (var i = 0; i < words.Count; i++)
        {
            var next = i + 1 < words.Count ? words[i + 1] : null;
            if (next is not null && Measures.Contains(next))
            {
                continue;
            }
            if (SecretWords.Contains(words[i]) || (next == "KEY" && KeyQualifiers.Contains(words[i])))
            {
                return true;
            }
        }
        return false;
    }

    [GeneratedRegex("(?<=[a-z0-9])(?=[A-Z])")]
    private static partial Regex WordBoundary();
}
