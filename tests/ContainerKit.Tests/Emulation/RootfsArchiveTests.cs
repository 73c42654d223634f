using System.Formats.Tar;
using System.Security.Cryptography;
using System.Text.Json;
using ContainerKit.Docker.Provisioning;

namespace ContainerKit.Tests.Emulation;

/// <summary>The <c>docker save</c> layout of a foreign-architecture base: what <c>docker load</c> reads.</summary>
public sealed class RootfsArchiveTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ck-rootfs-archive-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task The_archive_has_a_manifest_tagging_the_image_a_config_of_the_architecture_and_the_layer_by_its_digest()
    {
        var layer = Path.Combine(_folder, "rootfs.tar");
        await using (var file = File.Create(layer))
        await using (var tar = new TarWriter(file))
        {
            await tar.WriteEntryAsync(new PaxTarEntry(TarEntryType.RegularFile, "etc/debian_version") { DataStream = new MemoryStream("12.11\n"u8.ToArray()) });
        }
        var output = new MemoryStream();

        await RootfsArchive.WriteAsync(layer, "arm64", "containerkit-test/debian:bookworm-arm64", "debootstrap --arch=arm64",
            new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero), output, CancellationToken.None);

        output.Position = 0;
        var entries = new Dictionary<string, byte[]>();
        await using (var reader = new TarReader(output))
        {
            while (await reader.GetNextEntryAsync() is { } entry)
            {
                var content = new MemoryStream();
                if (entry.DataStream is not null) await entry.DataStream.CopyToAsync(content);
                entries[entry.Name] = content.ToArray();
            }
        }
        using var manifest = JsonDocument.Parse(entries["manifest.json"]);
        var image = Assert.Single(manifest.RootElement.EnumerateArray().ToList());
        Assert.Equal("containerkit-test/debian:bookworm-arm64", Assert.Single(image.GetProperty("RepoTags").EnumerateArray().ToList()).GetString());
        Assert.Equal("layer.tar", Assert.Single(image.GetProperty("Layers").EnumerateArray().ToList()).GetString());
        var configName = image.GetProperty("Config").GetString()!;
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(entries[configName])) + ".json", configName);
        using var config = JsonDocument.Parse(entries[configName]);
        Assert.Equal("arm64", config.RootElement.GetProperty("architecture").GetString());
        Assert.Equal("linux", config.RootElement.GetProperty("os").GetString());
        Assert.Equal("2026-11-27T12:00:00Z", config.RootElement.GetProperty("created").GetString());
        Assert.Equal(File.ReadAllBytes(layer), entries["layer.tar"]);
        Assert.Equal("sha256:" + Convert.ToHexStringLower(SHA256.HashData(entries["layer.tar"])),
            Assert.Single(config.RootElement.GetProperty("rootfs").GetProperty("diff_ids").EnumerateArray().ToList()).GetString());
    }
}
