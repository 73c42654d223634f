using System.Text.Json;

namespace ContainerKit.Sbom;

/// <summary>Reads a conda environment's package records, <c>&lt;prefix&gt;/conda-meta/*.json</c> (written by conda and mamba).</summary>
public static class CondaMeta
{
    /// <summary>
    /// The package in <paramref name="file"/>, or null when it is not a package record (no <c>name</c> or <c>version</c>).
    /// The purl's <c>channel</c> is the channel's name: the last path segment of the <c>channel</c> URL once its
    /// trailing subdir is dropped (<c>https://conda.anaconda.org/conda-forge/linux-64</c> is <c>conda-forge</c>);
    /// <c>type</c> comes from the package file name (<c>.conda</c> or <c>.tar.bz2</c>).
    /// </summary>
    public static SbomPackage? Parse(InventoryFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(file.Content);
        }
        catch (JsonException)
        {
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return null;
            var name = Text(root, "name");
            var version = Text(root, "version");
            if (string.IsNullOrEmpty(name) || string.IsNullOrEmpty(version)) return null;
            var subdir = Text(root, "subdir");
            var fileName = Text(root, "fn") ?? Text(root, "url")?.Split('/')[^1];
            var type = fileName switch
            {
                not null when fileName.EndsWith(".conda", StringComparison.Ordinal) => "conda",
                not null when fileName.EndsWith(".tar.bz2", StringComparison.Ordinal) => "tar.bz2",
                _ => null,
            };
            var purl = PackageUrl.Conda(name, version, Text(root, "build"), ChannelName(Text(root, "channel"), subdir), subdir, type);
            return new SbomPackage(PackageType.Conda, name, version, purl, file.Path);
        }
    }

    private static string? ChannelName(string? channel, string? subdir)
    {
        if (string.IsNullOrEmpty(channel)) return null;
        var trimmed = channel.TrimEnd('/');
        if (subdir is { Length: > 0 } && trimmed.EndsWith("/" + subdir, StringComparison.Ordinal)) trimmed = trimmed[..^(subdir.Length + 1)];
        return trimmed.Split('/')[^1];
    }

    private static string? Text(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
