using ContainerKit.Definitions;
using ContainerKit.Model;
using ContainerKit.Scripting.Freezing;
using ContainerKit.Scripting.Rewriting;
using Xunit;

namespace ContainerKit.Tests.Scripting;

/// <summary>Base image digests: which bases FreezeEnv pins, and the rewrite of their <c>BaseImage.Parse</c> literals.</summary>
public sealed class BaseImageRewriterTests
{
    private const string Digest = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    private const string Source = """
        public sealed class ResearchEnvironment : FromPythonEnvironment
        {
            public override BaseImage Base(MatrixEntry entry) => entry.Acceleration == Acceleration.Cuda
                ? BaseImage.Parse("nvcr.io/nvidia/pytorch:24.07-py3").WithEntrypoint("/opt/nvidia/nvidia_entrypoint.sh") // NGC
                : BaseImage.Parse("debian:bookworm-slim");
            public override AptPackages RuntimeApt => ["debian:bookworm-slim"];
        }

        public sealed class Other : FromPythonEnvironment
        {
            public override BaseImage Base(MatrixEntry entry) => BaseImage.Parse("debian:bookworm-slim");
        }
        """;

    [Fact]
    public void Only_BaseImage_Parse_literals_with_a_pin_in_the_named_classes_change()
    {
        var edit = BaseImageRewriter.Apply(Source, new Dictionary<string, string> { ["debian:bookworm-slim"] = $"debian:bookworm-slim@{Digest}" },
            new HashSet<string> { "ResearchEnvironment" });

        Assert.True(edit.Changed);
        Assert.Equal(Source.Replace(
            ": BaseImage.Parse(\"debian:bookworm-slim\");",
            $": BaseImage.Parse(\"debian:bookworm-slim@{Digest}\");", StringComparison.Ordinal), edit.Text);
        Assert.Contains("public override AptPackages RuntimeApt => [\"debian:bookworm-slim\"];", edit.Text, StringComparison.Ordinal);
        Assert.EndsWith("=> BaseImage.Parse(\"debian:bookworm-slim\");\n}", edit.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_call_chain_and_trivia_around_a_pinned_literal_are_kept_and_a_second_run_changes_nothing()
    {
        var pins = new Dictionary<string, string> { ["nvcr.io/nvidia/pytorch:24.07-py3"] = $"nvcr.io/nvidia/pytorch:24.07-py3@{Digest}" };

        var first = BaseImageRewriter.Apply(Source, pins);
        var second = BaseImageRewriter.Apply(first.Text, pins);

        Assert.Contains($"BaseImage.Parse(\"nvcr.io/nvidia/pytorch:24.07-py3@{Digest}\").WithEntrypoint(\"/opt/nvidia/nvidia_entrypoint.sh\") // NGC", first.Text, StringComparison.Ordinal);
        Assert.False(second.Changed);
    }

    [Fact]
    public void Unpinned_groups_the_entries_of_each_base_and_skips_bases_with_a_digest()
    {
        var entries = new MatrixEntry[] { new(Platform.Amd64, Acceleration.Cpu), new(Platform.Arm64, Acceleration.Cpu), new(Platform.Amd64, Acceleration.Cuda) };

        var unpinned = BaseImagePins.Unpinned(new Bases(), entries);

        var only = Assert.Single(unpinned);
        Assert.Equal("debian:bookworm-slim", only.Key);
        Assert.Equal(["amd64-cpu", "arm64-cpu"], only.Value.Select(e => e.Key));
        Assert.Equal($"debian:bookworm-slim@{Digest}", BaseImagePins.Pin("debian:bookworm-slim", Digest));
        Assert.Equal("research: base image debian:bookworm-slim (amd64-cpu, arm64-cpu) is neither pulled nor reachable in its registry; left unpinned (pull it, then freeze again)",
            BaseImagePins.Unresolved("research", only.Key, only.Value));
    }

    private sealed class Bases : FromPythonEnvironment
    {
        public override Project Project => new("bases");
        public override BaseImage Base(MatrixEntry entry) => entry.Acceleration == Acceleration.Cuda
            ? BaseImage.Parse($"nvcr.io/nvidia/pytorch:24.07-py3@{Digest}")
            : BaseImage.Parse("debian:bookworm-slim");
    }
}
