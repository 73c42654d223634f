using ContainerKit.Definitions;
using ContainerKit.Diagnostics;
using ContainerKit.Docker.Engine;
using ContainerKit.Model;
using ContainerKit.Rendering;
using ContainerKit.Tests.Core;
using Xunit;

namespace ContainerKit.Tests.Definitions;

/// <summary>Accelerations as a name and a kind: built-in values, CUDA variants, ROCm and own accelerations, and the device options runners pass.</summary>
public sealed class AccelerationTests
{
    private static readonly Acceleration Tpu = Acceleration.Custom("tpu", new DeviceOptions { Devices = ["/dev/accel0"], GroupAdd = ["tpu"] },
        (entry, baseImage) => baseImage.Reference.Contains("tpu", StringComparison.Ordinal) ? [] : [$"{entry.Key} needs a tpu base image"]);

    [Fact]
    public void Built_in_values_keep_their_names_and_compare_by_value()
    {
        Assert.Equal(["cpu", "cuda", "rocm"], Acceleration.BuiltIn.Select(a => a.Name));
        Assert.Equal("amd64-cuda", new MatrixEntry(Platform.Amd64, Acceleration.Cuda).Key);
        Assert.True(Acceleration.BuiltInNamed("CUDA") == Acceleration.Cuda);
        Assert.True(Acceleration.CudaVariant("cuda") == Acceleration.Cuda);
        Assert.False(Acceleration.CudaVariant("cu124") == Acceleration.Cuda);
        Assert.Equal(new MatrixEntry(Platform.Arm64, Acceleration.Cuda), new MatrixEntry(Platform.Arm64, Acceleration.CudaVariant("cuda")));
    }

    [Fact]
    public void Two_cuda_variants_render_two_entries_with_their_own_base_tags_and_gpu_request()
    {
        var plan = RenderPipeline.Plan([new VariantEnvironment()], RenderSelection.All, _ => null);

        Assert.Equal(["amd64-cpu", "amd64-cu121", "amd64-cu124"], plan.Entries.Select(e => e.Entry.Key));
        var tags = plan.Entries.SelectMany(e => e.Manifest.Images).SelectMany(i => i.TagTemplates).ToList();
        Assert.Equal(tags.Count, tags.Distinct().Count());
        var cu124 = plan.Entries.Single(e => e.Entry.AccelerationName == "cu124");
        Assert.Contains("FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04 AS base", File(cu124, ImagePaths.GenericDockerfile), StringComparison.Ordinal);
        Assert.Contains("torch==2.5.1+cu124", File(cu124, "dependencies/requirements.txt"), StringComparison.Ordinal);
        Assert.Contains("run-local-cu124:", File(cu124, ComposeFile.FileName), StringComparison.Ordinal);
        Assert.Contains("capabilities:\n            - gpu", File(cu124, ComposeFile.FileName), StringComparison.Ordinal);
        Assert.Equal(DeviceOptions.NvidiaGpus, cu124.Manifest.DeviceOptionsToPass());
        Assert.Equal(DeviceOptions.None, plan.Entries[0].Manifest.DeviceOptionsToPass());
    }

    [Fact]
    public void Render_json_of_a_variant_records_its_devices_and_reads_back()
    {
        var plan = RenderPipeline.Plan([new VariantEnvironment()], new RenderSelection([], [], ["cu121"]), _ => null);

        var manifest = ManifestJson.Read(File(Assert.Single(plan.Entries), RenderManifest.FileName));
        Assert.Equal("cu121", manifest.Acceleration);
        Assert.Equal(DeviceOptions.NvidiaGpus, manifest.DeviceOptionsToPass());
    }

    [Fact]
    public void Rocm_compose_service_gets_kfd_dri_and_the_video_and_render_groups()
    {
        var compose = File(RenderOne(Acceleration.Rocm), ComposeFile.FileName);

        Assert.Contains("    devices:\n    - /dev/kfd:/dev/kfd\n    - /dev/dri:/dev/dri\n    group_add:\n    - video\n    - render\n", compose, StringComparison.Ordinal);
        Assert.DoesNotContain("nvidia", compose, StringComparison.Ordinal);
    }

    [Fact]
    public void Rocm_run_creates_the_container_with_the_devices_and_groups()
    {
        var manifest = RenderOne(Acceleration.Rocm).Manifest;
        var options = new RunOptions("img:tag", ["true"]) { Devices = manifest.DeviceOptionsToPass(), UnlimitedMemlock = false };

        var host = DockerContainerEngine.ContainerParameters(options).HostConfig;
        Assert.Equal([("/dev/kfd", "/dev/kfd", "rwm"), ("/dev/dri", "/dev/dri", "rwm")], host.Devices.Select(d => (d.PathOnHost, d.PathInContainer, d.CgroupPermissions)));
        Assert.Equal(["video", "render"], host.GroupAdd);
        Assert.Null(host.DeviceRequests);
        Assert.Equal(["--device", "/dev/kfd", "--device", "/dev/dri", "--group-add", "video", "--group-add", "render"],
            DockerContainerEngine.InteractiveArguments(options).Skip(7).Take(8));
    }

    [Fact]
    public void Cuda_run_requests_all_gpus()
    {
        var options = new RunOptions("img:tag", ["true"]) { Devices = RenderOne(Acceleration.Cuda).Manifest.DeviceOptionsToPass() };

        var request = Assert.Single(DockerContainerEngine.ContainerParameters(options).HostConfig.DeviceRequests);
        Assert.Equal((-1L, "gpu"), (request.Count, request.Capabilities.Single().Single()));
    }

    [Fact]
    public void Own_acceleration_passes_its_declared_devices_and_runs_its_validation()
    {
        var accepted = RenderOne(Tpu, "registry.example.org/tpu-runtime:1");
        Assert.Contains("    devices:\n    - /dev/accel0:/dev/accel0\n    group_add:\n    - tpu\n", File(accepted, ComposeFile.FileName), StringComparison.Ordinal);
        Assert.Equal(Tpu.Devices, accepted.Manifest.DeviceOptionsToPass());

        var error = Assert.Throws<DiagnosticException>(() => RenderOne(Tpu, "debian:bookworm-slim"));
        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(("CK1052", "TestEnvironment.Matrix", "debian:bookworm-slim"), (diagnostic.Id, diagnostic.Location, diagnostic.Value));
        Assert.Contains("amd64-tpu needs a tpu base image", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_acceleration_selection_lists_the_names_the_matrices_declare()
    {
        var error = Assert.Throws<DiagnosticException>(() => RenderPipeline.Plan([new VariantEnvironment()], new RenderSelection([], [], ["cu118"]), _ => null));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(("CK1024", "--acceleration", "cu118"), (diagnostic.Id, diagnostic.Location, diagnostic.Value));
        Assert.Contains("known: cpu, cu121, cu124", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_built_in_name_given_to_another_acceleration_is_CK1051()
    {
        var definition = new TestEnvironment { MatrixValue = Matrix.Platforms(Platform.Amd64).Accelerations(Acceleration.RocmVariant("cuda")) };

        var error = Assert.Throws<DiagnosticException>(() => RenderPipeline.Plan([definition], RenderSelection.All, _ => null));
        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(("CK1051", "cuda"), (diagnostic.Id, diagnostic.Value));
        Assert.Contains("Acceleration.Cuda", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_derived_acceleration_overrides_its_devices_and_validation()
    {
        var entry = RenderOne(new Gaudi(), "registry.example.org/habana/pytorch:1.17");
        Assert.Contains("    devices:\n    - /dev/accel:/dev/accel\n", File(entry, ComposeFile.FileName), StringComparison.Ordinal);
        Assert.Equal(AccelerationKind.Custom, entry.Entry.Acceleration.Kind);

        var error = Assert.Throws<DiagnosticException>(() => RenderOne(new Gaudi(), "debian:bookworm-slim"));
        Assert.Equal("CK1052", Assert.Single(error.Diagnostics).Id);
    }

    private static RenderedEntry RenderOne(Acceleration acceleration, string baseImage = "debian:bookworm-slim") =>
        Assert.Single(RenderPipeline.Plan(
            [new TestEnvironment { MatrixValue = Matrix.Platforms(Platform.Amd64).Accelerations(acceleration), BaseValue = baseImage }],
            RenderSelection.All, _ => null).Entries);

    private static string File(RenderedEntry entry, string path) => entry.Files.Single(f => f.RelativePath == path).Content;

    private sealed class Gaudi() : Acceleration("gaudi", AccelerationKind.Custom)
    {
        public override DeviceOptions Devices { get; } = new() { Devices = ["/dev/accel"] };

        public override IEnumerable<string> Validate(MatrixEntry entry, BaseImage baseImage)
        {
            if (!baseImage.Reference.Contains("habana", StringComparison.Ordinal)) yield return "needs a Habana base";
        }
    }

    private sealed class VariantEnvironment : FromPythonEnvironment
    {
        private static readonly Acceleration Cu121 = Acceleration.CudaVariant("cu121");
        private static readonly Acceleration Cu124 = Acceleration.CudaVariant("cu124");

        public override Project Project => new("variants");
        public override Matrix Matrix => Matrix.Platforms(Platform.Amd64).Accelerations(Acceleration.Cpu, Cu121, Cu124);
        public override BaseImage Base(MatrixEntry entry) =>
            entry.Acceleration == Cu124 ? BaseImage.Parse("nvidia/cuda:12.4.1-runtime-ubuntu22.04")
            : entry.Acceleration == Cu121 ? BaseImage.Parse("nvidia/cuda:12.1.1-runtime-ubuntu22.04")
            : BaseImage.Parse("debian:bookworm-slim");
        public override AptPackages BaseApt => ["python3", "python3-venv"];
        public override PipRequirements PipFor(MatrixEntry entry) =>
            entry.Acceleration.Kind == AccelerationKind.Cuda ? [$"torch==2.5.1+{entry.AccelerationName}"] : ["torch==2.5.1"];
    }
}
