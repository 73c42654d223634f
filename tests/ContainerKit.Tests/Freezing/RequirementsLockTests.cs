using ContainerKit.Scripting.Freezing;

namespace ContainerKit.Tests.Freezing;

public sealed class RequirementsLockTests
{
    private const string Requirements = """
        # model code
        --find-links /wheels
        torch>=2.1  # the model
        Typing_Extensions
        requests[socks] ; python_version < '3.12'
        mypkg @ https://example.invalid/mypkg.whl
        notinstalled

        """;

    private static readonly Dictionary<string, string> Installed = new()
    {
        ["torch"] = "2.3.1", ["typing_extensions"] = "4.12.2", ["requests"] = "2.32.3", ["mypkg"] = "1.0",
        ["urllib3"] = "2.2.2", ["certifi"] = "2024.8.30", ["numpy"] = "1.26.4", ["research-project"] = "0.1",
    };

    // numpy came with the base image at the same version; certifi was upgraded by the install.
    private static readonly Dictionary<string, string> Before = new() { ["numpy"] = "1.26.4", ["certifi"] = "2023.1.1" };

    [Fact]
    public void Pins_requirement_lines_in_place_and_lists_what_the_install_added()
    {
        var frozen = RequirementsLock.Freeze(Requirements, Installed, Before, ["research-project"]);

        Assert.Equal($"""
            # model code
            --find-links /wheels
            torch==2.3.1  # the model
            Typing_Extensions==4.12.2
            requests[socks]==2.32.3; python_version < '3.12'
            mypkg @ https://example.invalid/mypkg.whl
            notinstalled
            {RequirementsLock.SectionMarker}
            certifi==2024.8.30
            urllib3==2.2.2

            """, frozen);
    }

    [Fact]
    public void Freezing_a_frozen_file_with_the_same_environment_changes_nothing()
    {
        var once = RequirementsLock.Freeze(Requirements, Installed, Before, ["research-project"]);

        Assert.Equal(once, RequirementsLock.Freeze(once, Installed, Before, ["research-project"]));
    }

    [Fact]
    public void A_new_freeze_replaces_the_section_it_wrote_before()
    {
        var once = RequirementsLock.Freeze(Requirements, Installed, Before, []);
        var fewer = new Dictionary<string, string>(Installed);
        fewer.Remove("urllib3");

        var again = RequirementsLock.Freeze(once, fewer, Before, []);

        Assert.DoesNotContain("urllib3", again, StringComparison.Ordinal);
        Assert.Single(again.Split('\n'), l => l == RequirementsLock.SectionMarker);
        Assert.EndsWith($"{RequirementsLock.SectionMarker}\ncertifi==2024.8.30\nresearch-project==0.1\n", again, StringComparison.Ordinal);
    }
}
