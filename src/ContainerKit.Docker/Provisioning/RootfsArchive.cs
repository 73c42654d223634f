using System.Formats.Tar;
using System.Security.Cryptography;
using System.Text.Json;

namespace ContainerKit.Docker.Provisioning;

/// <summary>
/// A one-layer image of another architecture, in the <c>docker save</c> layout that <c>docker load</c> (the Engine
/// API's image load) reads: <c>manifest.json</c>, the image config and the layer. The Engine API's import labels an
/// image with the daemon's own architecture on Docker 20.10 (its <c>platform</c> argument only sets the OS), and a
/// build FROM an amd64-labelled image for linux/arm64 then looks for it on Docker Hub; a loaded config says arm64.
/// </summary>
public static class RootfsArchive
{
    /// <summary>
    /// Writes to <paramref name="output"/> the archive of an image tagged <paramref name="tag"/> whose only layer is
    /// <paramref name="layerTar"/> (a tar of a root file system) and whose config names <paramref name="architecture"/>
    /// (e.g. <c>arm64</c>) on linux.
    /// </summary>
    /// <param name="layerTar">The layer: a tar of the root file system, numeric owners kept.</param>
    /// <param name="architecture">The OCI architecture of the image.</param>
    /// <param name="tag">The image reference <c>docker load</c> tags it with.</param>
    /// <param name="history">What made the layer, for <c>docker history</c>.</param>
    /// <param name="created">The image's creation time.</param>
    /// <param name="output">Receives the archive (a tar).</param>
    /// <param name="cancellationToken">Cancels the hashing and copying.</param>
    public static async Task WriteAsync(string layerTar, string architecture, string tag, string history, DateTimeOffset created, Stream output, CancellationToken cancellationToken)
    {
        string diffId;
        await using (var layer = File.OpenRead(layerTar))
        {
            diffId = "sha256:" + Convert.ToHexStringLower(await SHA256.HashDataAsync(layer, cancellationToken).ConfigureAwait(false));
        }
        var config = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["architecture"] = architecture,
            ["os"] = "linux",
            ["created"] = created.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
            ["config"] = new Dictionary<string, object>(),
            ["rootfs"] = new Dictionary<string, object> { ["type"] = "layers", ["diff_ids"] = new[] { diffId } },
            ["history"] = new[] { new Dictionary<string, string> { ["created_by"] = history } },
        });
        var configName = Convert.ToHexStringLower(SHA256.HashData(config)) + ".json";
        var manifest = JsonSerializer.SerializeToUtf8Bytes(new[]
        {
            new Dictionary<string, object> { ["Config"] = configName, ["RepoTags"] = new[] { tag }, ["Layers"] = new[] { "layer.tar" } },
        });

        await using var writer = new TarWriter(output, TarEntryFormat.Pax, leaveOpen: true);
        await writer.WriteEntryAsync(Entry(configName, config), cancellationToken).ConfigureAwait(false);
        await writer.WriteEntryAsync(layerTar, "layer.tar", cancellationToken).ConfigureAwait(false);
        await writer.WriteEntryAsync(Entry("manifest.json", manifest), cancellationToken).ConfigureAwait(false);
    }

    private static PaxTarEntry Entry(string name, byte[] content) =>
        new(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(content), Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead };
}
