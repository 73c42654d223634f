using ContainerKit.Definitions;
using ContainerKit.Diagnostics;
using ContainerKit.Model;
using ContainerKit.Rendering;
using ContainerKit.Targets;
using ContainerKit.Targets.Host;
using ContainerKit.Tests.Core;

namespace ContainerKit.Tests.Rendering;

/// <summary>Base-image substitutions and the image namespace: parsing, matching, rendering, and the parameters.</summary>
public sealed class RenderSettingsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ck-settings-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData("debian:bookworm-slim=mirror.example.org/debian:bookworm-slim", "debian:bookworm-slim", "amd64", true)]
    [InlineData("docker.io/library/debian:bookworm-slim=local/debian:12", "debian:bookworm-slim", "amd64", true)]
    [InlineData("debian=local/debian:12", "docker.io/library/debian:latest", "amd64", true)]
    [InlineData("debian:bookworm-slim=local/debian:12", "debian:bookworm", "amd64", false)]
    [InlineData("arm64:debian:bookworm-slim=local/debian-arm64:12", "debian:bookworm-slim", "arm64", true)]
    [InlineData("arm64:debian:bookworm-slim=local/debian-arm64:12", "debian:bookworm-slim", "amd64", false)]
    [InlineData(" nvcr.io/nvidia/pytorch:24.07-py3 = mirror:5000/pytorch:24.07-py3 ", "nvcr.io/nvidia/pytorch:24.07-py3", "amd64", true)]
    [InlineData("debian:bookworm-slim=local/debian:12", "debian:bookworm-slim@sha256:abababababababababababababababababababababababababababababababab", "amd64", true)]
    [InlineData("debian:bookworm-slim@sha256:cdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcd=local/debian:12", "debian:bookworm-slim@sha256:abababababababababababababababababababababababababababababababab", "amd64", false)]
    [InlineData("debian=local/debian:12", "debian@sha256:abababababababababababababababababababababababababababababababab", "amd64", false)]
    public void A_substitution_matches_its_reference_on_its_platforms(string text, string reference, string platform, bool matches)
    {
        var substitution = BaseImageSubstitution.Parse(text);
        var entry = new MatrixEntry(Enum.Parse<Platform>(platform, ignoreCase: true), Acceleration.Cpu);

        Assert.Equal(matches, substitution.Matches(ImageReference.TryParse(reference)!, entry));
    }

    [Theory]
    [InlineData("debian:bookworm-slim", "expected from=to")]
    [InlineData("Debian=local/debian:12", "'Debian' is not an image reference")]
    [InlineData("debian:bookworm-slim=", "'' is not an image reference")]
    [InlineData("debian=local/debian:12;id", "'local/debian:12;id' is not an image reference")]
    public void A_malformed_substitution_is_CK1040_naming_the_value(string text, string why)
    {
        var error = Assert.Throws<DiagnosticException>(() => RenderSettings.Parse(["debian=ok/debian:1", text], null));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(("CK1040", "--base-image-substitutions", why, text), (diagnostic.Id, diagnostic.Location, diagnostic.Message, diagnostic.Value));
    }

    [Theory]
    [InlineData("CI/Run")]
    [InlineData("registry.example.org:5000")]
    [InlineData("a b")]
    public void A_malformed_namespace_is_CK1041(string value)
    {
        var error = Assert.Throws<DiagnosticException>(() => RenderSettings.Parse([], value));

        Assert.Equal(("CK1041", value), (Assert.Single(error.Diagnostics).Id, error.Diagnostics[0].Value));
    }

    [Fact]
    public void Rendering_substitutes_the_base_and_namespaces_every_image()
    {
        var settings = RenderSettings.Parse(["debian:bookworm-slim=local/debian:12"], "ci-7/");

        var entry = Assert.Single(RenderPipeline.Plan([new TestEnvironment()], RenderSelection.All, _ => null, settings).Entries);

        Assert.Contains("FROM local/debian:12 AS base\n", Dockerfile(entry), StringComparison.Ordinal);
        Assert.DoesNotContain("bookworm-slim", Dockerfile(entry), StringComparison.Ordinal);
        Assert.All(entry.Manifest.Images, i => Assert.StartsWith("ci-7/test-project:", i.TagTemplates[0], StringComparison.Ordinal));
    }

    [Fact]
    public void Custom_stages_from_an_image_are_substituted_and_stage_references_are_not()
    {
        var definition = new TestEnvironment
        {
            Stages = [new CustomStage("tools", "debian:bookworm-slim", Instruction.Run("true")), new CustomStage("more", "base", Instruction.Run("true"))],
        };

        var entry = Assert.Single(RenderPipeline.Plan([definition], RenderSelection.All, _ => null, RenderSettings.Parse(["debian:bookworm-slim=local/debian:12"], null)).Entries);

        Assert.Contains("FROM local/debian:12 AS tools\n", Dockerfile(entry), StringComparison.Ordinal);
        Assert.Contains("FROM base AS more\n", Dockerfile(entry), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_settings_nothing_changes()
    {
        var plain = Assert.Single(RenderPipeline.Plan([new TestEnvironment()], RenderSelection.All, _ => null).Entries);
        var none = Assert.Single(RenderPipeline.Plan([new TestEnvironment()], RenderSelection.All, _ => null, RenderSettings.None).Entries);
        var unmatched = Assert.Single(RenderPipeline.Plan([new TestEnvironment()], RenderSelection.All, _ => null, RenderSettings.Parse(["ubuntu=local/ubuntu:24.04"], null)).Entries);

        Assert.Equal(plain.Manifest.ContentHash, none.Manifest.ContentHash);
        Assert.Equal(plain.Manifest.ContentHash, unmatched.Manifest.ContentHash);
    }

    [Fact]
    public async Task Render_takes_substitutions_from_parameters_json_and_says_so()
    {
        Directory.CreateDirectory(Path.Combine(_root, ".nuke"));
        File.WriteAllText(Path.Combine(_root, ".nuke", "parameters.json"), """{ "baseImageSubstitutions": ["debian:bookworm-slim=local/debian:12"] }""");

        var (exit, output) = await RenderAsync([]);

        Assert.True(exit == 0, output);
        Assert.Contains("base image substitution: debian:bookworm-slim=local/debian:12", output, StringComparison.Ordinal);
        Assert.Contains("FROM local/debian:12 AS base", File.ReadAllText(RenderedDockerfile()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_takes_substitutions_and_namespace_from_CONTAINERKIT_variables()
    {
        var (exit, output) = await RenderAsync([], new Dictionary<string, string>
        {
            ["CONTAINERKIT_BASE_IMAGE_SUBSTITUTIONS"] = "debian:bookworm-slim=local/debian:12",
            ["CONTAINERKIT_IMAGE_NAMESPACE"] = "ns",
        });

        Assert.True(exit == 0, output);
        Assert.Contains("FROM local/debian:12 AS base", File.ReadAllText(RenderedDockerfile()), StringComparison.Ordinal);
        Assert.Contains("\"ns/test-project:amd64-cpu-run-", File.ReadAllText(Path.Combine(Path.GetDirectoryName(RenderedDockerfile())!, RenderManifest.FileName)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_substitution_exits_2_and_writes_nothing()
    {
        var (exit, output) = await RenderAsync(["--base-image-substitutions", "debian:bookworm-slim"]);

        Assert.Equal(2, exit);
        Assert.Contains("error CK1040 at --base-image-substitutions: expected from=to (value: 'debian:bookworm-slim')", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_root, ContainerKitBuild.ContainersFolder)));
    }

    private static string Dockerfile(RenderedEntry entry) => entry.Files.Single(f => f.RelativePath == ImagePaths.GenericDockerfile).Content;

    private string RenderedDockerfile() => Path.Combine(_root, ContainerKitBuild.ContainersFolder, "test-env", "amd64-cpu", ImagePaths.GenericDockerfile);

    private async Task<(int Exit, string Output)> RenderAsync(string[] arguments, Dictionary<string, string>? environment = null)
    {
        var output = new StringWriter();
        var exit = await BuildHost.RunAsync(new TestBuild(), new HostContext(["Render", .. arguments], environment ?? [], output, _root), []);
        return (exit, output.ToString());
    }

    private sealed class TestBuild : ContainerKitBuild
    {
        protected override IReadOnlyList<EnvironmentDefinition> LoadEnvironments() => [new TestEnvironment()];
    }
}
