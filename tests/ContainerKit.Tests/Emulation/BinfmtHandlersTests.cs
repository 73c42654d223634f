using ContainerKit.Docker;
using ContainerKit.Docker.Emulation;
using ContainerKit.Model;

namespace ContainerKit.Tests.Emulation;

/// <summary>
/// The emulator detection on a fake binfmt_misc folder, whose entries have the kernel's format
/// (Documentation/admin-guide/binfmt-misc.rst): "enabled"/"disabled", interpreter, flags, offset, magic, mask.
/// </summary>
public sealed class BinfmtHandlersTests : IDisposable
{
    private const string Aarch64Magic = "7f454c460201010000000000000000000200b700";
    private readonly string _folder = Directory.CreateTempSubdirectory("ck-binfmt-").FullName;

    public BinfmtHandlersTests()
    {
        File.WriteAllText(Path.Combine(_folder, "register"), "");
        File.WriteAllText(Path.Combine(_folder, "status"), "enabled\n");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void Entry(string name, string state, string magic) =>
        File.WriteAllText(Path.Combine(_folder, name),
            $"{state}\ninterpreter /usr/libexec/qemu-binfmt/aarch64-binfmt-P\nflags: PF\noffset 0\nmagic {magic}\nmask ffffffffffffff00fffffffffffffffffeffffff\n");

    [Fact]
    public void Without_a_handler_arm64_on_amd64_needs_qemu_aarch64_and_the_native_platform_needs_none()
    {
        Assert.Equal("qemu-aarch64", BinfmtHandlers.Missing(Platform.Arm64, Platform.Amd64, _folder));
        Assert.Null(BinfmtHandlers.Missing(Platform.Amd64, Platform.Amd64, _folder));
        Assert.Equal("qemu-x86_64", BinfmtHandlers.Missing(Platform.Amd64, Platform.Arm64, _folder));
    }

    [Fact]
    public void An_enabled_qemu_aarch64_entry_makes_arm64_runnable_and_a_disabled_one_does_not()
    {
        Entry("qemu-aarch64", "disabled", Aarch64Magic);
        Assert.Equal("qemu-aarch64", BinfmtHandlers.Missing(Platform.Arm64, Platform.Amd64, _folder));

        Entry("qemu-aarch64", "enabled", Aarch64Magic);
        Assert.Null(BinfmtHandlers.Missing(Platform.Arm64, Platform.Amd64, _folder));
    }

    [Fact]
    public void A_handler_of_another_name_counts_by_its_elf_machine_and_one_of_another_machine_does_not()
    {
        Entry("aarch64", "enabled", Aarch64Magic);
        Assert.Null(BinfmtHandlers.Missing(Platform.Arm64, Platform.Amd64, _folder));

        File.Delete(Path.Combine(_folder, "aarch64"));
        Entry("qemu-riscv64", "enabled", "7f454c460201010000000000000000000200f300");
        Assert.Equal("qemu-aarch64", BinfmtHandlers.Missing(Platform.Arm64, Platform.Amd64, _folder));
    }

    [Fact]
    public void An_unmounted_binfmt_misc_misses_every_foreign_handler()
    {
        Assert.Equal("qemu-aarch64", BinfmtHandlers.Missing(Platform.Arm64, Platform.Amd64, Path.Combine(_folder, "not-mounted")));
    }

    [Fact]
    public void The_diagnostic_names_the_entry_the_missing_handler_and_the_target_that_installs_it()
    {
        var check = new EmulationCheck(_folder, Platform.Amd64);

        Assert.Null(check.Check("research/amd64-cpu", "amd64"));
        var diagnostic = check.Check("research/arm64-cpu", "arm64");

        Assert.NotNull(diagnostic);
        Assert.Equal(EngineDiagnostics.EmulationMissingId, diagnostic.Id);
        Assert.Equal("CK3140", diagnostic.Id);
        Assert.Equal("research/arm64-cpu", diagnostic.Location);
        Assert.Equal("qemu-aarch64", diagnostic.Value);
        Assert.Contains("linux/arm64", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("./build.sh SetupEmulation", diagnostic.Hint, StringComparison.Ordinal);

        Entry("qemu-aarch64", "enabled", Aarch64Magic);
        Assert.Null(check.Check("research/arm64-cpu", "arm64"));
    }
}
