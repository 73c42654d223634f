using ContainerKit.Definitions;
using ContainerKit.Diagnostics;
using ContainerKit.Docker.Engine;
using ContainerKit.Model;
using ContainerKit.Rendering;
using ContainerKit.Targets;
using ContainerKit.Tests.Core;
using Xunit;

namespace ContainerKit.Tests.Definitions;

/// <summary>Mounts: compose.yaml's run and dev services, render.json, the resolved form runners use, --mount, and the checks before a container starts.</summary>
public sealed class MountTests : IDisposable
{
    private static readonly IReadOnlyList<Mount> Declared =
    [
        Mount.Dataset("data/imagenet", "/data/imagenet").WithVariable("DATA_DIR"),
        Mount.Output("/scratch/runs", "/outputs"),
        Mount.Cache(MountSource.Volume("hf-cache"), "/cache/huggingface").WithVariable("HF_HOME"),
    ];

    private readonly string _root = Directory.CreateTempSubdirectory("ck-mounts-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Compose_run_and_dev_services_mount_datasets_read_only_and_outputs_and_caches_writable()
    {
        var compose = File(Render(Declared), ComposeFile.FileName);

        const string volumes = "    volumes:\n    - ${LOCAL_PROJECT_DIR:-../../../..}:/project/test-project\n"
            + "    - ${LOCAL_PROJECT_DIR:-../../../..}/data/imagenet:/data/imagenet:ro\n    - /scratch/runs:/outputs\n    - hf-cache:/cache/huggingface\n"
            + "    environment:\n      PROJECT_ROOT_AT: /project/test-project\n      DATA_DIR: /data/imagenet\n      HF_HOME: /cache/huggingface\n";
        Assert.Equal(2, compose.Split(volumes).Length - 1);
        Assert.EndsWith("volumes:\n  hf-cache:\n    name: hf-cache\n", compose, StringComparison.Ordinal);
    }

    [Fact]
    public void Per_entry_mounts_follow_MountsFor()
    {
        var plan = RenderPipeline.Plan([new PerEntryMounts()], RenderSelection.All, _ => null);

        Assert.DoesNotContain("/data", File(plan.Entries[0], ComposeFile.FileName), StringComparison.Ordinal);
        Assert.Contains("/data:/data:ro", File(plan.Entries[1], ComposeFile.FileName), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_json_carries_the_mounts_and_resolves_them_against_the_project_root()
    {
        var manifest = ManifestJson.Read(File(Render(Declared), RenderManifest.FileName));

        Assert.Equal(Declared, manifest.Mounts);
        Assert.Equal(
            [
                new ResolvedMount(MountKind.Dataset, "/work/p/data/imagenet", false, "/data/imagenet", true, "DATA_DIR"),
                new ResolvedMount(MountKind.Output, "/scratch/runs", false, "/outputs", false, null),
                new ResolvedMount(MountKind.Cache, "hf-cache", true, "/cache/huggingface", false, "HF_HOME"),
            ],
            manifest.ResolvedMounts("/work/p"));
        Assert.Null(Render([]).Manifest.Mounts);
    }

    [Fact]
    public void Run_creates_the_container_with_binds_and_variables_and_dev_passes_the_same_words()
    {
        var options = new RunOptions("img:tag", ["true"]) { Mounts = Render(Declared).Manifest.ResolvedMounts("/work/p"), UnlimitedMemlock = false };

        var parameters = DockerContainerEngine.ContainerParameters(options);
        Assert.Equal(["/work/p/data/imagenet:/data/imagenet:ro", "/scratch/runs:/outputs", "hf-cache:/cache/huggingface"], parameters.HostConfig.Binds);
        Assert.Equal(["DATA_DIR=/data/imagenet", "HF_HOME=/cache/huggingface"], parameters.Env);
        Assert.Equal(["-v", "/work/p/data/imagenet:/data/imagenet:ro", "-e", "DATA_DIR=/data/imagenet", "-v", "/scratch/runs:/outputs", "-v", "hf-cache:/cache/huggingface", "-e", "HF_HOME=/cache/huggingface"],
            DockerContainerEngine.InteractiveArguments(options).Skip(7).Take(10));
    }

    [Theory]
    [InlineData("data:/data:ro", MountKind.Dataset, "data", "/data")]
    [InlineData("/abs/out:/outputs", MountKind.Output, "/abs/out", "/outputs")]
    public void Mount_option_is_host_container_and_ro(string value, MountKind kind, string source, string target)
    {
        Assert.Equal(new Mount(kind, source, target), Mount.ParseOption(value));
    }

    [Theory]
    [InlineData("data")]
    [InlineData("data:/data:rw")]
    [InlineData(":/data")]
    [InlineData("a:b:c:d")]
    public void Malformed_mount_options_parse_to_null(string value) => Assert.Null(Mount.ParseOption(value));

    [Fact]
    public void Declared_and_ad_hoc_mounts_resolve_when_their_host_paths_exist()
    {
        Directory.CreateDirectory(Path.Combine(_root, "data/imagenet"));
        Directory.CreateDirectory(Path.Combine(_root, "extra"));
        var manifest = Render([Declared[0], Declared[2]]).Manifest;

        var mounts = RunMounts.Resolve(manifest, ["extra:/extra:ro"], _root, projectMounted: true);

        Assert.Equal([Path.Combine(_root, "data/imagenet"), "hf-cache", Path.Combine(_root, "extra")], mounts.Select(m => m.Source));
        Assert.True(mounts[2].ReadOnly);
    }

    [Fact]
    public void Missing_host_paths_and_bad_options_are_reported_together_before_any_container()
    {
        var manifest = Render([Declared[0]]).Manifest;

        var error = Assert.Throws<DiagnosticException>(() => RunMounts.Resolve(manifest, ["nothing-here:/x", "bad", "data:/project/test-project/data"], _root, projectMounted: true));

        Assert.False(error.IsEngineFailure);
        Assert.Equal(
            [
                ("CK1059", "--mount", "bad"),
                ("CK1055", "--mount", "/project/test-project/data"),
                ("CK1058", "test-env/amd64-cpu Mounts", Path.Combine(_root, "data/imagenet")),
                ("CK1058", "--mount", Path.Combine(_root, "nothing-here")),
                ("CK1058", "--mount", Path.Combine(_root, "data")),
            ],
            error.Diagnostics.Select(d => (d.Id, d.Location, d.Value)));
    }

    [Fact]
    public void Empty_interactive_has_no_project_mount_to_overlap()
    {
        Directory.CreateDirectory(Path.Combine(_root, "data"));

        var mounts = RunMounts.Resolve(Render([]).Manifest, ["data:/project/test-project"], _root, projectMounted: false);

        Assert.Equal("/project/test-project", Assert.Single(mounts).Target);
    }

    private static RenderedEntry Render(IReadOnlyList<Mount> mounts) =>
        Assert.Single(RenderPipeline.Plan([new TestEnvironment { MountsValue = mounts }], RenderSelection.All, _ => null).Entries);

    private static string File(RenderedEntry entry, string path) => entry.Files.Single(f => f.RelativePath == path).Content;

    private sealed class PerEntryMounts : FromPythonEnvironment
    {
        public override Project Project => new("per-entry-mounts");
        public override Matrix Matrix => Matrix.Platforms(Platform.Amd64).Accelerations(Acceleration.Cpu, Acceleration.Cuda);
        public override BaseImage Base(MatrixEntry entry) => BaseImage.Parse("debian:bookworm-slim");
        public override AptPackages BaseApt => ["python3", "python3-venv"];
        public override IReadOnlyList<Mount> MountsFor(MatrixEntry entry) =>
            entry.Acceleration == Acceleration.Cuda ? [.. Mounts, Mount.Dataset("data", "/data")] : Mounts;
    }
}
