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

    [Fact]
    public void Only_the_named_classes_and_entry_methods_are_pinned()
    {
        const string source = """
            class A { AptPackages RuntimeAptFor(MatrixEntry e) => e.Acceleration == Acceleration.Cuda ? ["jq"] : ["jq", "git"]; }
            class B { AptPackages RuntimeApt => ["jq"]; }
            """;
        var versions = new Dictionary<string, string> { ["jq"] = "1.6", ["git"] = "1:2.39" };

        var edit = PinRewriter.Apply(source, [new("RuntimeApt", PinStyle.Apt, versions), new("RuntimeAptFor", PinStyle.Apt, versions)], new HashSet<string> { "A" });

        Assert.Equal("""
            class A { AptPackages RuntimeAptFor(MatrixEntry e) => e.Acceleration == Acceleration.Cuda ? ["jq=1.6"] : ["jq=1.6", "git=1:2.39"]; }
            class B { AptPackages RuntimeApt => ["jq"]; }
            """, edit.Text);
    }

    [Fact]
    public void Conda_initializer_lists_are_pinned_each_in_its_own_spelling()
    {
        const string source = """
            class C
            {
                CondaEnvironment Conda => new()
                {
                    Channels = ["conda-forge"],
                    Dependencies = ["python=3.11", "numpy>=1.26", "pip"], // solver input
                    Pip = ["rich"],
                };
            }
            """;
        PinTarget[] targets =
        [
            new("Conda", PinStyle.Conda, new Dictionary<string, string> { ["python"] = "3.11.9", ["numpy"] = "1.26.4", ["conda-forge"] = "1" }) { InitializerMember = "Dependencies" },
            new("Conda", PinStyle.Pip, new Dictionary<string, string> { ["rich"] = "13.7.1" }) { InitializerMember = "Pip" },
        ];

        var edit = PinRewriter.Apply(source, targets);

        Assert.Equal("""
            class C
            {
                CondaEnvironment Conda => new()
                {
                    Channels = ["conda-forge"],
                    Dependencies = ["python=3.11.9", "numpy=1.26.4", "pip"], // solver input
                    Pip = ["rich==13.7.1"],
                };
            }
            """, edit.Text);
    }
}
