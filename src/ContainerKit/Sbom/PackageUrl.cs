using System.Text;

namespace ContainerKit.Sbom;

/// <summary>
/// Package URLs (purl) of the package types an image inventory holds: <c>pkg:deb</c>, <c>pkg:pypi</c> and
/// <c>pkg:conda</c>. Names and versions are percent-encoded as the purl specification asks (everything but ASCII
/// letters, digits, <c>. - _ ~</c> and the colon, so a Debian epoch stays <c>1:2.3</c> and <c>+</c> becomes <c>%2B</c>);
/// qualifiers are sorted by key and empty ones dropped.
/// </summary>
public static class PackageUrl
{
    /// <summary><c>pkg:deb/&lt;vendor&gt;/&lt;name&gt;@&lt;version&gt;?arch=..&amp;distro=..</c>; <paramref name="vendor"/> is the os-release ID, e.g. <c>debian</c>.</summary>
    public static string Deb(string vendor, string name, string version, string? architecture, string? distro) =>
        Build("deb", vendor.ToLowerInvariant(), name.ToLowerInvariant(), version, new SortedDictionary<string, string?>(StringComparer.Ordinal)
        {
            ["arch"] = architecture,
            ["distro"] = distro,
        });

    /// <summary><c>pkg:pypi/&lt;name&gt;@&lt;version&gt;</c> with the name normalised as PyPI compares names (PEP 503: lower case, runs of <c>-_.</c> as one <c>-</c>).</summary>
    public static string Pypi(string name, string version) =>
        Build("pypi", null, NormalizePythonName(name), version, new SortedDictionary<string, string?>(StringComparer.Ordinal));

    /// <summary><c>pkg:conda/&lt;name&gt;@&lt;version&gt;?build=..&amp;channel=..&amp;subdir=..&amp;type=..</c>.</summary>
    public static string Conda(string name, string version, string? build, string? channel, string? subdir, string? type) =>
        Build("conda", null, name.ToLowerInvariant(), version, new SortedDictionary<string, string?>(StringComparer.Ordinal)
        {
            ["build"] = build,
            ["channel"] = channel,
            ["subdir"] = subdir,
            ["type"] = type,
        });

    /// <summary>A Python distribution name as PyPI compares it: lower case, each run of <c>-</c>, <c>_</c>, <c>.</c> one <c>-</c>.</summary>
    public static string NormalizePythonName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length);
        var separator = false;
        foreach (var c in name.Trim())
        {
            if (c is '-' or '_' or '.')
            {
                separator = true;
                continue;
            }

            if (separator && builder.Length > 0) builder.Append('-');
            separator = false;
            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    private static string Build(string type, string? @namespace, string name, string version, SortedDictionary<string, string?> qualifiers)
    {
        var builder = new StringBuilder("pkg:").Append(type).Append('/');
        if (@namespace is not null) builder.Append(Encode(@namespace)).Append('/');
        builder.Append(Encode(name)).Append('@').Append(Encode(version));
        var present = qualifiers.Where(q => !string.IsNullOrEmpty(q.Value)).ToList();
        if (present.Count > 0) builder.Append('?').Append(string.Join('&', present.Select(q => q.Key + "=" + Encode(q.Value!))));
        return builder.ToString();
    }

    /// <summary>Percent-encodes UTF-8 bytes other than ASCII letters, digits, <c>. - _ ~</c> and <c>:</c>.</summary>
    private static string Encode(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '.' or '-' or '_' or '~' or ':') builder.Append(c);
            else builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
