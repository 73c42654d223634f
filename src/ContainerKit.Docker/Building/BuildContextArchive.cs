using System.Formats.Tar;

namespace ContainerKit.Docker.Building;

/// <summary>
/// Packs an entry folder into a deterministic tar build context: entries sorted by ordinal path, fixed
/// modification time, owner 0:0, modes 0755 for folders and executables and 0644 otherwise, so the same
/// folder always yields the same bytes (and BuildKit's cache keys stay stable).
/// </summary>
public static class BuildContextArchive
{
    /// <summary>The modification time every entry carries.</summary>
    public static readonly DateTimeOffset FixedTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private const UnixFileMode Regular = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
    private const UnixFileMode Executable = Regular | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
    private const UnixFileMode AnyExecute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;

    /// <summary>The context-relative paths that go into the archive (folders end with '/'), in archive order.</summary>
    public static IReadOnlyList<string> Entries(string folder)
    {
        var ignore = DockerIgnore.Load(folder);
        var root = Path.GetFullPath(folder);
        var entries = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            var always = relative is "Dockerfile" or "Dockerfile.user" or ".dockerignore";
            if (!always && ignore.IsExcluded(relative)) continue;
            entries.Add(relative);
            for (var slash = relative.IndexOf('/'); slash >= 0; slash = relative.IndexOf('/', slash + 1))
                entries.Add(relative[..(slash + 1)]);
        }

        return entries.ToList();
    }

    /// <summary>
    /// Writes the archive of <paramref name="folder"/> to <paramref name="output"/>; a file named in
    /// <paramref name="replacements"/> (by context-relative path) goes in with those bytes instead of its own.
    /// </summary>
    public static async Task WriteAsync(string folder, Stream output, CancellationToken cancellationToken, IReadOnlyDictionary<string, byte[]>? replacements = null)
    {
        var root = Path.GetFullPath(folder);
        await using var writer = new TarWriter(output, TarEntryFormat.Ustar, leaveOpen: true);
        foreach (var relative in Entries(folder))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (relative.EndsWith('/'))
            {
                await writer.WriteEntryAsync(Entry(TarEntryType.Directory, relative, Executable), cancellationToken).ConfigureAwait(false);
                continue;
            }

            var path = Path.Combine(root, relative);
            var mode = OperatingSystem.IsWindows() || (File.GetUnixFileMode(path) & AnyExecute) == 0 ? Regular : Executable;
            var entry = Entry(TarEntryType.RegularFile, relative, mode);
            await using Stream content = replacements is not null && replacements.TryGetValue(relative, out var replaced) ? new MemoryStream(replaced) : File.OpenRead(path);
            entry.DataStream = content;
            await writer.WriteEntryAsync(entry, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The archive as a byte array (contexts are small rendered folders).</summary>
    public static async Task<byte[]> CreateAsync(string folder, CancellationToken cancellationToken, IReadOnlyDictionary<string, byte[]>? replacements = null)
    {
        using var memory = new MemoryStream();
        await WriteAsync(folder, memory, cancellationToken, replacements).ConfigureAwait(false);
        return memory.ToArray();
    }

    // Ustar, not PAX: the daemon sniffs the first 512 bytes to tell a tar context from a bare Dockerfile,
    // and a PAX extended header does not fit in them.
    private static UstarTarEntry Entry(TarEntryType type, string name, UnixFileMode mode) =>
        new(type, name)
        {
            Mode = mode,
            ModificationTime = FixedTime,
            Uid = 0,
            Gid = 0,
        };
}
