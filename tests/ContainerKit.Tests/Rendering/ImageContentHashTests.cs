using ContainerKit.Definitions;
using ContainerKit.Model;
using ContainerKit.Rendering;
using Environments;

namespace ContainerKit.Tests.Rendering;

public sealed class ImageContentHashTests
{
    private sealed class DevEdited : FromPythonEnvironmentProxy
    {
        public override AptPackages DevApt => [.. base.DevApt, "tmux"];
    }

    private sealed class RuntimeEdited : FromPythonEnvironmentProxy
    {
        public override AptPackages RuntimeApt => [.. base.RuntimeApt, "curl"];
    }

    /// <summary>The research environment under its own type name, so edited copies render to the same environment.</summary>
    private class FromPythonEnvironmentProxy : FromPythonEnvironment
    {
        private readonly ResearchEnvironment _research = new();
        public override string Name => _research.Name;
        public override Project Project => _research.Project;
        public override Matrix Matrix => _research.Matrix;
        public override BaseImage Base(MatrixEntry entry) => _research.Base(entry);
        public override AptPackages BaseAptFor(MatrixEntry entry) => _research.BaseAptFor(entry);
        public override AptPackages RuntimeApt => _research.RuntimeApt;
        public override AptPackages DevApt => _research.DevApt;
    }

    private static Dictionary<string, string> Hashes(EnvironmentDefinition definition)
    {
        var plan = RenderPipeline.Plan([definition], new RenderSelection([], ["amd64"], ["cpu"]), _ => null);
        return Assert.Single(plan.Entries).Manifest.Images.ToDictionary(i => i.Role, i => i.ContentHash!);
    }

    [Fact]
    public void Each_image_has_its_own_hash()
    {
        var hashes = Hashes(new FromPythonEnvironmentProxy());

        Assert.Equal(4, hashes.Values.Distinct().Count());
        Assert.All(hashes.Values, h => Assert.Matches("^[0-9a-f]{64}$", h));
    }

    [Fact]
    public void A_dev_apt_change_changes_the_dev_hashes_only()
    {
        var before = Hashes(new FromPythonEnvironmentProxy());
        var after = Hashes(new DevEdited());

        Assert.Equal(before["run"], after["run"]);
        Assert.Equal(before["run-user"], after["run-user"]);
        Assert.NotEqual(before["dev"], after["dev"]);
        Assert.NotEqual(before["dev-user"], after["dev-user"]);
    }

    [Fact]
    public void A_runtime_apt_change_changes_every_hash()
    {
        var before = Hashes(new FromPythonEnvironmentProxy());
        var after = Hashes(new RuntimeEdited());

        Assert.All(before, pair => Assert.NotEqual(pair.Value, after[pair.Key]));
    }

    [Fact]
    public void A_file_the_target_stages_copy_counts_and_one_they_do_not_copy_does_not()
    {
        var dockerfile = "FROM base AS runtime-generic\nCOPY --chmod=0755 entrypoints/ /opt/e/\nFROM runtime-generic AS development-generic\nCOPY dev.txt /dev.txt\n";
        RenderedFile[] files = [new("Dockerfile", dockerfile), new("entrypoints/a.sh", "a"), new("dev.txt", "x")];
        RenderedFile[] entrypointEdited = [files[0], new("entrypoints/a.sh", "b"), files[2]];
        RenderedFile[] devEdited = [files[0], files[1], new("dev.txt", "y")];

        var run = ImageContentHash.Of(files, "run", "Dockerfile", "runtime-generic");

        Assert.NotEqual(run, ImageContentHash.Of(entrypointEdited, "run", "Dockerfile", "runtime-generic"));
        Assert.Equal(run, ImageContentHash.Of(devEdited, "run", "Dockerfile", "runtime-generic"));
        Assert.NotEqual(ImageContentHash.Of(files, "dev", "Dockerfile", "development-generic"), ImageContentHash.Of(devEdited, "dev", "Dockerfile", "development-generic"));
    }

    [Fact]
    public void A_secret_file_of_the_build_counts_though_no_stage_copies_it()
    {
        var dockerfile = "FROM base\nRUN --mount=type=secret,id=s,required=true true\n";
        RenderedFile[] files = [new("Dockerfile.user", dockerfile), new("secrets/s", "one", Private: true)];
        RenderedFile[] edited = [files[0], new("secrets/s", "two", Private: true)];

        Assert.NotEqual(
            ImageContentHash.Of(files, "run-user", "Dockerfile.user", null, "base", ["secrets/s"]),
            ImageContentHash.Of(edited, "run-user", "Dockerfile.user", null, "base", ["secrets/s"]));
    }

    [Fact]
    public void A_copy_of_the_whole_context_makes_every_file_count()
    {
        var dockerfile = "FROM base AS runtime-generic\nCOPY . /src\nFROM runtime-generic AS development-generic\n";
        RenderedFile[] files = [new("Dockerfile", dockerfile), new("notes.txt", "a")];

        Assert.NotEqual(
            ImageContentHash.Of(files, "run", "Dockerfile", "runtime-generic"),
            ImageContentHash.Of([files[0], new("notes.txt", "b")], "run", "Dockerfile", "runtime-generic"));
    }
}
