using System.Runtime.InteropServices;
using ContainerKit.Model;

namespace ContainerKit.Docker.Emulation;

/// <summary>
/// Which matrix platforms this machine can run: its own, and every other one whose QEMU user-mode handler is
/// registered and enabled in binfmt_misc (with it, the kernel runs a foreign binary through QEMU, in containers too).
/// </summary>
public static class BinfmtHandlers
{
    /// <summary>Where the kernel's binfmt_misc file system is mounted.</summary>
    public const string DefaultFolder = "/proc/sys/fs/binfmt_misc";

    /// <summary>The platform of the machine this process runs on, or null for one outside the matrix (e.g. x86).</summary>
    public static Platform? NativePlatform => RuntimeInformation.OSArchitecture switch
    {
        Architecture.X64 => Platform.Amd64,
        Architecture.Arm64 => Platform.Arm64,
        _ => null,
    };

    /// <summary>The name Debian's qemu-user-static registers for <paramref name="platform"/>, e.g. <c>qemu-aarch64</c>.</summary>
    public static string HandlerName(Platform platform) => "qemu-" + ElfMachine(platform).Name;

    /// <summary>
    /// The binfmt handler <paramref name="platform"/> needs on a machine of <paramref name="native"/> when it is
    /// missing from <paramref name="binfmtFolder"/>, else null (the native platform needs none). A handler counts when
    /// an enabled entry has Debian's name, or any name (another installer's) with the ELF magic of that machine.
    /// </summary>
    public static string? Missing(Platform platform, Platform? native, string binfmtFolder = DefaultFolder)
    {
        if (platform == native) return null;
        var name = HandlerName(platform);
        if (!Directory.Exists(binfmtFolder)) return name;
        var (_, machine) = ElfMachine(platform);
        foreach (var entry in Directory.EnumerateFiles(binfmtFolder))
        {
            var file = Path.GetFileName(entry);
            if (file is "register" or "status") continue;
            string[] lines;
            try
            {
                lines = File.ReadAllLines(entry);
            }
            catch (IOException)
            {
                continue;
            }
            if (lines.Length == 0 || lines[0].Trim() != "enabled") continue;
            if (file == name) return null;
            var magic = lines.FirstOrDefault(l => l.StartsWith("magic ", StringComparison.Ordinal))?["magic ".Length..].Trim();
            // ELF64 little-endian: 7f 45 4c 46 02 01 ..., e_machine at offset 18 (hex characters 36-39).
            if (magic is { Length: >= 40 } && magic.StartsWith("7f454c4602", StringComparison.Ordinal)
                && magic.Substring(36, 4) == machine) return null;
        }
        return name;
    }

    /// <summary>QEMU's name and the ELF e_machine (little-endian hex) of <paramref name="platform"/>.</summary>
    private static (string Name, string Machine) ElfMachine(Platform platform) => platform switch
    {
        Platform.Amd64 => ("x86_64", "3e00"),
        Platform.Arm64 => ("aarch64", "b700"),
        _ => throw new ArgumentOutOfRangeException(nameof(platform), platform, "no QEMU handler known"),
    };
}
