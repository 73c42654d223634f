using ContainerKit.Docker.Emulation;
using ContainerKit.Model;

namespace ContainerKit.Docker.Provisioning;

/// <summary>
/// Registers QEMU user-mode emulation so this machine builds and runs the matrix's other platforms (an amd64 machine
/// arm64 entries): Debian's <c>qemu-user-static</c> and <c>binfmt-support</c>, binfmt_misc mounted when it is not,
/// and <c>update-binfmts --enable</c> of each missing handler. Debian's handlers carry the F (fix-binary) flag: the
/// kernel opens the emulator when it registers it, so it also runs binaries inside containers, whose file system has
/// no emulator. Idempotent: when every handler is enabled it only probes.
/// </summary>
/// <param name="workFolder">Folder for the apt-get and update-binfmts logs.</param>
/// <param name="progress">Receives one line per step.</param>
/// <param name="location">The target that runs it, for diagnostics (TestEngine or SetupEmulation).</param>
public sealed class EmulationProvisioner(string workFolder, TextWriter progress, string location)
{
    /// <summary>The target users run to set up emulation on their machine.</summary>
    public const string TargetName = "SetupEmulation";

    private readonly ProvisioningCommands _commands = new(workFolder, location);

    /// <summary>Where binfmt_misc is (or gets) mounted.</summary>
    public string BinfmtFolder { get; init; } = BinfmtHandlers.DefaultFolder;

    /// <summary>The Debian packages emulation of the platforms other than <paramref name="native"/> needs, with the program that shows each is installed.</summary>
    public static IReadOnlyList<(string Package, string Program)> Packages(Platform? native) =>
    [
        .. Enum.GetValues<Platform>().Where(p => p != native).Select(p => ("qemu-user-static", BinfmtHandlers.HandlerName(p) + "-static")).Distinct(),
        ("binfmt-support", "update-binfmts"),
    ];

    /// <summary>Registers what is missing; returns the handlers it enabled. One that cannot be enabled is CK3007.</summary>
    /// <param name="cancellationToken">Cancels apt-get and update-binfmts.</param>
    public async Task<IReadOnlyList<string>> EnsureAsync(CancellationToken cancellationToken)
    {
        var native = BinfmtHandlers.NativePlatform;
        var missing = MissingHandlers(native);
        if (missing.Count == 0)
        {
            progress.WriteLine($"emulation: {string.Join(", ", Foreign(native).Select(BinfmtHandlers.HandlerName))} registered in {BinfmtFolder}");
            return [];
        }
        if (!(HostProbe.IsRoot && HostProbe.IsDebian))
        {
            throw _commands.Failed($"registering {string.Join(", ", missing)} needs root on Debian/Ubuntu", null);
        }
        var packages = HostProbe.MissingPackages(Packages(native));
        if (packages.Count > 0)
        {
            progress.WriteLine($"emulation: installing {string.Join(" ", packages)}");
            await _commands.InstallPackagesAsync(packages, cancellationToken).ConfigureAwait(false);
        }
        if (!File.Exists(Path.Combine(BinfmtFolder, "register")))
        {
            progress.WriteLine($"emulation: mounting binfmt_misc at {BinfmtFolder}");
            await _commands.RunLoggedAsync("mount-binfmt_misc.log", "mount", ["-t", "binfmt_misc", "binfmt_misc", BinfmtFolder], cancellationToken).ConfigureAwait(false);
        }
        foreach (var handler in missing)
        {
            progress.WriteLine($"emulation: update-binfmts --enable {handler}");
            await _commands.RunLoggedAsync($"update-binfmts-{handler}.log", "update-binfmts", ["--enable", handler], cancellationToken).ConfigureAwait(false);
        }
        var still = MissingHandlers(native);
        if (still.Count > 0) throw _commands.Failed($"{string.Join(", ", still)} is still not enabled in {BinfmtFolder} after update-binfmts --enable", null);
        return missing;
    }

    private IReadOnlyList<string> MissingHandlers(Platform? native) =>
        Foreign(native).Select(p => BinfmtHandlers.Missing(p, native, BinfmtFolder)).OfType<string>().ToList();

    private static IEnumerable<Platform> Foreign(Platform? native) => Enum.GetValues<Platform>().Where(p => p != native);
}
