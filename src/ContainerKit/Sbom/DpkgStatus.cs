namespace ContainerKit.Sbom;

/// <summary>Reads dpkg's database, <c>/var/lib/dpkg/status</c>: one paragraph per package, <c>Field: value</c> lines.</summary>
public static class DpkgStatus
{
    /// <summary>The path of the database inside an image.</summary>
    public const string Path = "/var/lib/dpkg/status";

    /// <summary>
    /// The installed packages of <paramref name="status"/> (paragraphs whose <c>Status</c> ends in <c>installed</c>;
    /// removed packages whose configuration files remain, <c>config-files</c>, are not installed).
    /// </summary>
    public static IReadOnlyList<SbomPackage> Parse(string status, OsRelease os, string location = Path)
    {
        ArgumentNullException.ThrowIfNull(status);
        ArgumentNullException.ThrowIfNull(os);
        var packages = new List<SbomPackage>();
        foreach (var paragraph in status.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var fields = Fields(paragraph);
            if (!fields.TryGetValue("Package", out var name) || !fields.TryGetValue("Version", out var version)) continue;
            if (!fields.TryGetValue("Status", out var state) || state.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() != "installed") continue;
            var architecture = fields.GetValueOrDefault("Architecture");
            packages.Add(new SbomPackage(PackageType.Deb, name, version, PackageUrl.Deb(os.Id, name, version, architecture, os.Distro), location));
        }

        return packages;
    }

    /// <summary>The single-line fields of a paragraph (continuation lines, which start with a space, are skipped).</summary>
    internal static Dictionary<string, string> Fields(string paragraph)
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in paragraph.Split('\n'))
        {
            if (line.Length == 0 || line[0] is ' ' or '\t') continue;
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0) continue;
            fields.TryAdd(line[..colon].Trim(), line[(colon + 1)..].Trim());
        }

        return fields;
    }
}
