using FsCheck;
using FsCheck.Fluent;

namespace ContainerKit.Tests.Properties;

/// <summary>
/// Random strings built to break out of wherever they are rendered: shell and Dockerfile metacharacters, quotes,
/// expansions, line breaks (including Unicode's), non-ASCII letters and invisible characters, alone or around a
/// value the field accepts. Never the private-use characters the shape comparison uses as markers.
/// </summary>
internal static class HostileText
{
    private static readonly string[] Pieces =
    [
        ";", "&", "&&", "|", "||", "$", "$(id)", "`id`", "${HOME}", "$HOME", "$1", "'", "\"", "\\", "\\\\", "<", ">", ">>",
        "*", "?", "[", "]", "{", "}", "!", "#", "~", "=", "%", "^", ",", ":", "@", "(", ")", " ", "  ", "\t", "\n", "\r", "\r\n",
        "\v", "\f", "\0", "\u0085", "\u2028", "\u2029", "\u001c", "\u2028--extra-index-url https://evil.example/", "\u00a0", "\u200b", "\u202e", "é", "ü", "ß", "日本", "🐳", "Ω",
        "';id;'", "\"; id; \"", " && id", "\nRUN id", "\\\nRUN id", "#x", "--", "-rf", "..", "/", "./", "../", "//",
        "http://", "https://", "https://example.org/", "?q=1&r=2", "ckx", "a", "Z", "0", "9", "-", "_", ".", "+",
        "x.y", "1.0", "==", ">=", new string('a', 100), "[extra]", "; python_version < \"3\"", "::", "=1.2", "\\n", "%s", "%%",
    ];

    private static readonly Gen<string> Piece = Gen.Elements(Pieces);

    private static readonly Gen<string> Noise = Gen.Choose(1, 6).SelectMany(n => Gen.ListOf(Piece, n)).Select(p => string.Concat(p));

    /// <summary>A hostile string, sometimes wrapped around one of <paramref name="valid"/> so that it gets past the first checks.</summary>
    public static Gen<string> Around(IReadOnlyList<string> valid)
    {
        var good = Gen.Elements(valid.ToArray());
        return Gen.Frequency(
            (4, Noise),
            (3, good.SelectMany(g => Noise.Select(n => g + n))),
            (2, good.SelectMany(g => Noise.Select(n => n + g))),
            (2, good.SelectMany(g => Noise.SelectMany(n => Gen.Choose(0, g.Length).Select(at => g[..at] + n + g[at..])))),
            (1, good));
    }

    /// <summary>Shrinks a string by dropping one piece of it at a time (first halves, then single characters).</summary>
    public static IEnumerable<string> Shrink(string value)
    {
        if (value.Length > 1)
        {
            yield return value[..(value.Length / 2)];
            yield return value[(value.Length / 2)..];
        }
        for (var i = 0; i < value.Length; i++) yield return value.Remove(i, 1);
    }
}
