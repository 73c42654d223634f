using ContainerKit.Model;
using ContainerKit.Targets.Matrix;

namespace ContainerKit.Tests.Emulation;

public sealed class NativePlatformSelectionTests
{
    private static readonly IReadOnlyList<string> Both = ["amd64-cpu", "arm64-cpu"];

    private static string PlatformOf(string entry) => entry.Split('-')[0];

    [Fact]
    public void A_selection_over_two_platforms_narrows_to_the_machines_own_and_says_so()
    {
        var (entries, note) = NativePlatformSelection.Narrow(Both, PlatformOf, platformGiven: false, Platform.Amd64);

        Assert.Equal(["amd64-cpu"], entries);
        Assert.Equal("the selection has entries for linux/amd64 and linux/arm64; using this machine's platform linux/amd64 (--platform arm64 picks another)", note);

        Assert.Equal(["arm64-cpu"], NativePlatformSelection.Narrow(Both, PlatformOf, false, Platform.Arm64).Entries);
    }

    [Fact]
    public void An_explicit_platform_a_single_platform_or_no_native_entry_leaves_the_selection_as_it_is()
    {
        Assert.Equal(Both, NativePlatformSelection.Narrow(Both, PlatformOf, platformGiven: true, Platform.Amd64).Entries);
        Assert.Null(NativePlatformSelection.Narrow(Both, PlatformOf, platformGiven: true, Platform.Amd64).Note);

        IReadOnlyList<string> armOnly = ["arm64-cpu"];
        Assert.Equal(armOnly, NativePlatformSelection.Narrow(armOnly, PlatformOf, false, Platform.Amd64).Entries);

        IReadOnlyList<string> twoAccelerations = ["amd64-cpu", "amd64-cuda"];
        var (entries, note) = NativePlatformSelection.Narrow(twoAccelerations, PlatformOf, false, Platform.Amd64);
        Assert.Equal(twoAccelerations, entries);
        Assert.Null(note);

        Assert.Equal(Both, NativePlatformSelection.Narrow(Both, PlatformOf, false, native: null).Entries);
    }
}
