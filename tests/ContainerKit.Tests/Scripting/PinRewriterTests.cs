using ContainerKit.Scripting.Rewriting;

namespace ContainerKit.Tests.Scripting;

public sealed class PinRewriterTests
{
    private const string Source = """
        sealed class Project : FromPythonEnvironment
        {
            // compilers for the deps stage
            public override AptPackages BuildApt => ["build-essential", /* vcs */ "git=1:2.39.5-0+deb12u1"];

            public override AptPackages RuntimeApt
            {
                get { return new AptPackages("ffmpeg", "curl"); } // media
            }

            public override PipRequirements Pip => new[]
            {
                "torch>=2.1",    // the model
                "Typing_Extensions",
                "requests[socks] ; python_version < '3.12'",
                "mypkg @ https://example.invalid/mypkg.whl",
            };

            public string Other => "git";
        }
        """;

    private static readonly PinTarget[] Targets =
    [
        new("BuildApt", PinStyle.Apt, new Dictionary<string, string> { ["build-essential"] = "12.9", ["git"] = "1:2.39.5-0+deb12u1" }),
        new("RuntimeApt", PinStyle.Apt, new Dictionary<string, string> { ["ffmpeg"] = "7:5.1.6-0+deb12u1", ["git"] = "9" }),
        new("Pip", PinStyle.Pip, new Dictionary<string, string> { ["torch"] = "2.3.1", ["typing-extensions"] = "4.12.2", ["requests"] = "2.32.3", ["mypkg"] = "1.0" }),
    ];

    [Fact]
    public void Pins_listed_packages_and_keeps_layout_and_comments()
    {
        var edit = PinRewriter.Apply(Source, Targets);

        Assert.True(edit.Changed);
        Assert.Equal("""
            sealed class Project : FromPythonEnvironment
            {
                // compilers for the deps stage
                public override AptPackages BuildApt => ["build-essential=12.9", /* vcs */ "git=1:2.39.5-0+deb12u1"];

                public override AptPackages RuntimeApt
                {
                    get { return new AptPackages("ffmpeg=7:5.1.6-0+deb12u1", "curl"); } // media
                }

                public override PipRequirements Pip => new[]
                {
                    "torch==2.3.1",    // the model
                    "Typing_Extensions==4.12.2",
                    "requests[socks]==2.32.3; python_version < '3.12'",
                    "mypkg @ https://example.invalid/mypkg.whl",
                };

                public string Other => "git";
            }
            """, edit.Text);
    }

    [Fact]
    public void Second_run_with_the_same_versions_changes_nothing()
    {
        var once = PinRewriter.Apply(Source, Targets);

        var twice = PinRewriter.Apply(once.Text, Targets);

        Assert.False(twice.Changed);
        Assert.Equal(once.Text, twice.Text);
    }

    [Fact]
    public void Already_pinned_list_is_unchanged()
    {
        const string pinned = "class P { AptPackages DevApt => [\"vim=2:9.0\", \"htop\"]; }";

        var edit = PinRewriter.Apply(pinned, [new("DevApt", PinStyle.Apt, new Dictionary<string, string> { ["vim"] = "2:9.0" })]);

        Assert.False(edit.Changed);
        Assert.Equal(pinned, edit.Text);
    }
}
