using ContainerKit.Sbom;

namespace ContainerKit.Docker.Sbom;

/// <summary>
/// The POSIX <c>sh</c> script a short-lived container of an image runs to read its package records, and the reader of
/// its output. The script only reads files (<c>cat</c>, <c>sed</c>, <c>find</c>, <c>sort</c>: present in every
/// Debian-based image), never a package manager, so it works whether or not pip, conda or dpkg-query are installed.
/// Each file is framed by a line <c>&lt;marker&gt; &lt;kind&gt; &lt;path&gt;</c>; the marker is new for every read, so
/// no file content can fake a frame.
/// </summary>
public static class InventoryScript
{
    /// <summary>
    /// The script; its first argument is the frame marker. Python metadata is cut at its first blank line (the header
    /// block; the rest is the long description), conda records are read whole.
    /// </summary>
    public const string Text = """
        m="$1"
        emit() { printf '\n%s %s %s\n' "$m" "$1" "$2"; }
        if [ -f /etc/os-release ]; then emit os-release /etc/os-release; cat /etc/os-release; fi
        if [ -f /var/lib/dpkg/status ]; then emit dpkg /var/lib/dpkg/status; cat /var/lib/dpkg/status; fi
        find / -xdev \( -path '*.dist-info/METADATA' -o -path '*.egg-info/PKG-INFO' -o -path '*/conda-meta/*.json' \) -type f 2>/dev/null \
          | LC_ALL=C sort | while IFS= read -r f; do
          case "$f" in
            */conda-meta/*.json) emit conda "$f"; cat "$f" ;;
            *) emit python "$f"; sed '/^$/q' "$f" ;;
          esac
        done
        """;

    /// <summary>Reads the script's <paramref name="output"/> framed with <paramref name="marker"/>.</summary>
    public static ImageInventory Parse(string output, string marker)
    {
        ArgumentNullException.ThrowIfNull(output);
        string? osRelease = null, dpkg = null;
        var python = new List<InventoryFile>();
        var conda = new List<InventoryFile>();
        foreach (var frame in output.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n" + marker + " ").Skip(1))
        {
            var newline = frame.IndexOf('\n', StringComparison.Ordinal);
            var header = newline < 0 ? frame : frame[..newline];
            var content = newline < 0 ? "" : frame[(newline + 1)..];
            var space = header.IndexOf(' ', StringComparison.Ordinal);
            if (space <= 0) continue;
            var (kind, path) = (header[..space], header[(space + 1)..]);
            switch (kind)
            {
                case "os-release": osRelease = content; break;
                case "dpkg": dpkg = content; break;
                case "python": python.Add(new InventoryFile(path, content)); break;
                case "conda": conda.Add(new InventoryFile(path, content)); break;
            }
        }

        return new ImageInventory(osRelease, dpkg, python, conda);
    }
}
