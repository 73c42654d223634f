using System.Formats.Tar;
using ContainerKit.Docker.Building;
using ContainerKit.Tests.Scripting;

namespace ContainerKit.Tests.Engine;

/// <summary>The tar build context: what goes in, in which order, and that the bytes depend only on the content.</summary>
public sealed class BuildContextArchiveTests
{
    [Fact]
    public void Entries_are_sorted_with_their_folders_and_respect_dockerignore_except_the_dockerfiles()
    {
        using var folder = Context();

        Assert.Equal(
            [".dockerignore", "Dockerfile", "Dockerfile.user", "dependencies/", "dependencies/requirements.txt", "entrypoints/", "entrypoints/entrypoint.sh"],
            BuildContextArchive.Entries(folder.Path));
    }

    [Fact]
    public async Task The_archive_holds_each_entry_with_fixed_owner_time_and_modes()
    {
        using var folder = Context();

        var entries = await ReadAsync(await BuildContextArchive.CreateAsync(folder.Path, CancellationToken.None));

        Assert.Equal(BuildContextArchive.Entries(folder.Path), entries.Select(e => e.Name));
        Assert.All(entries, e =>
        {
            Assert.Equal(TarEntryFormat.Ustar, e.Format);
            Assert.Equal((0, 0), (e.Uid, e.Gid));
            Assert.Equal(BuildContextArchive.FixedTime, e.ModificationTime);
        });
        var modes = entries.ToDictionary(e => e.Name, e => (e.EntryType, e.Mode));
        const UnixFileMode executable = (UnixFileMode)0b111_101_101;
        const UnixFileMode regular = (UnixFileMode)0b110_100_100;
        Assert.Equal((TarEntryType.Directory, executable), modes["entrypoints/"]);
        Assert.Equal((TarEntryType.RegularFile, executable), modes["entrypoints/entrypoint.sh"]);
        Assert.Equal((TarEntryType.RegularFile, regular), modes["Dockerfile"]);
        Assert.Equal("FROM scratch\n", entries.Single(e => e.Name == "Dockerfile").Content);
    }

    [Fact]
    public async Task The_bytes_depend_on_the_content_only()
    {
        using var first = Context();
        using var second = Context();
        File.SetLastWriteTimeUtc(Path.Combine(second.Path, "Dockerfile"), new DateTime(2020, 5, 5, 0, 0, 0, DateTimeKind.Utc));
        File.SetUnixFileMode(Path.Combine(second.Path, "Dockerfile"), (UnixFileMode)0b110_000_000);

        var a = await BuildContextArchive.CreateAsync(first.Path, CancellationToken.None);
        var b = await BuildContextArchive.CreateAsync(second.Path, CancellationToken.None);
        second.Write("Dockerfile", "FROM scratch\nCOPY x /x\n");
        var c = await BuildContextArchive.CreateAsync(second.Path, CancellationToken.None);

        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public async Task A_cancelled_write_stops()
    {
        using var folder = Context();
        using var output = new MemoryStream();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            BuildContextArchive.WriteAsync(folder.Path, output, new CancellationToken(canceled: true)));
    }

    private static TempFolder Context()
    {
        var folder = new TempFolder();
        folder.Write("Dockerfile", "FROM scratch\n");
        folder.Write("Dockerfile.user", "FROM scratch\n");
        folder.Write(".dockerignore", "# the dockerfiles and this file always go in\nDockerfile*\n.dockerignore\nrender.json\nnotes/\n");
        folder.Write("render.json", "{}");
        folder.Write("notes/todo.txt", "x");
        folder.Write("dependencies/requirements.txt", "rich==13.7.1\n");
        var script = folder.Write("entrypoints/entrypoint.sh", "#!/bin/sh\n");
        File.SetUnixFileMode(script, (UnixFileMode)0b111_000_000);
        return folder;
    }

    private static async Task<List<(string Name, TarEntryFormat Format, int Uid, int Gid, DateTimeOffset ModificationTime, TarEntryType EntryType, UnixFileMode Mode, string? Content)>> ReadAsync(byte[] archive)
    {
        var result = new List<(string, TarEntryFormat, int, int, DateTimeOffset, TarEntryType, UnixFileMode, string?)>();
        await using var reader = new TarReader(new MemoryStream(archive));
        while (await reader.GetNextEntryAsync() is { } entry)
        {
            var content = entry.DataStream is { } data ? await new StreamReader(data).ReadToEndAsync() : null;
            result.Add((entry.Name, entry.Format, entry.Uid, entry.Gid, entry.ModificationTime, entry.EntryType, entry.Mode, content));
        }
        return result;
    }
}
