namespace ContainerKit.Sbom;

/// <summary>The parts of an image's <c>/etc/os-release</c> a deb package URL needs.</summary>
/// <param name="Id">The vendor, e.g. <c>debian</c> or <c>ubuntu</c> (the purl namespace).</param>
/// <param name="Distro">The purl <c>distro</c> qualifier, e.g. <c>debian-12</c>, or null when unknown.</param>
public sealed record OsRelease(string Id, string? Distro)
{
    /// <summary>Debian, release unknown: what an image without <c>/etc/os-release</c> is taken for.</summary>
    public static OsRelease Unknown { get; } = new("debian", null);

    /// <summary>
    /// Reads <c>ID</c>, <c>VERSION_ID</c> and <c>VERSION_CODENAME</c> (shell-style <c>KEY=value</c> lines, values
    /// optionally quoted); the distro is <c>ID-VERSION_ID</c>, else <c>ID-VERSION_CODENAME</c>.
    /// </summary>
    public static OsRelease Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return Unknown;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (line.StartsWith('#') || equals <= 0) continue;
            var value = line[(equals + 1)..].Trim();
            if (value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0]) value = value[1..^1];
            values[line[..equals]] = value;
        }

        var id = values.GetValueOrDefault("ID") is { Length: > 0 } found ? found.ToLowerInvariant() : Unknown.Id;
        var release = values.GetValueOrDefault("VERSION_ID") is { Length: > 0 } version ? version : values.GetValueOrDefault("VERSION_CODENAME");
        return new OsRelease(id, string.IsNullOrEmpty(release) ? null : $"{id}-{release}");
    }
}
