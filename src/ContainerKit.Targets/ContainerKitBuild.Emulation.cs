using ContainerKit.Docker.Provisioning;
using ContainerKit.Targets.Host;

namespace ContainerKit.Targets;

/// <summary>Emulation of the matrix's other platforms (issue 16).</summary>
public abstract partial class ContainerKitBuild
{
    /// <summary>Registers QEMU user-mode emulation so this machine builds and runs the other platforms' entries.</summary>
    public Target SetupEmulation => _ => _
        .Description("Register QEMU user-mode emulation (Debian's qemu-user-static, binfmt_misc) so this machine builds and runs the other platform's entries (root on Debian/Ubuntu)")
        .Executes(ct => new EmulationProvisioner(Path.Combine(RootDirectory, "artifacts", "emulation"), Output, EmulationProvisioner.TargetName).EnsureAsync(ct));
}
