using ContainerKit.Definitions;
using ContainerKit.Diagnostics;
using ContainerKit.Lint;
using ContainerKit.Model;
using ContainerKit.Rendering;
using ContainerKit.Tests.Core;
using Xunit;

namespace ContainerKit.Tests.Sources;

/// <summary>Typed pip index options: validation, the rendered pip install, the private-index secret and requirements-file options.</summary>
public sealed class PipSourcesTests
{
    [Fact]
    public void Typed_sources_become_the_options_of_pip_install_in_a_fixed_order()
    {
        var dockerfile = Dockerfile(new TestEnvironment
        {
            SourcesValue = new()
            {
                IndexUrl = "https://pypi.example.org/simple",
                ExtraIndexUrls = ["https://download.pytorch.org/whl/cu124", "http://127.0.0.1:8080/simple/"],
                FindLinks = ["/opt/wheels", "https://example.org/wheels/"],
                TrustedHosts = ["127.0.0.1:8080"],
                Pre = true,
            },
        });

        Assert.Contains("/opt/venv/bin/python -m pip install --index-url https://pypi.example.org/simple "
                        + "--extra-index-url https://download.pytorch.org/whl/cu124 --extra-index-url http://127.0.0.1:8080/simple/ "
                        + "--find-links /opt/wheels --find-links https://example.org/wheels/ --trusted-host 127.0.0.1:8080 --pre "
                        + "--requirement /opt/containerkit/dependencies/requirements.txt", dockerfile, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", dockerfile, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_sources_leave_pip_install_as_it_was()
    {
        var dockerfile = Dockerfile(new TestEnvironment());

        Assert.Contains("/opt/venv/bin/python -m pip install --requirement /opt/containerkit/dependencies/requirements.txt", dockerfile, StringComparison.Ordinal);
    }

    [Fact]
    public void Per_entry_sources_apply_to_their_entry_only()
    {
        var plan = RenderPipeline.Plan([new PerEntrySources()], RenderSelection.All, _ => null);
        string Of(string key) => plan.Entries.Single(e => e.Entry.Key == key).Files.Single(f => f.RelativePath == ImagePaths.GenericDockerfile).Content;

        Assert.Contains("pip install --index-url https://download.pytorch.org/whl/cu124 --requirement", Of("amd64-cuda"), StringComparison.Ordinal);
        Assert.Contains("pip install --requirement", Of("amd64-cpu"), StringComparison.Ordinal);
        Assert.DoesNotContain("download.pytorch.org", Of("amd64-cpu"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_private_index_reads_its_credentials_from_the_netrc_secret_only()
    {
        var entry = Assert.Single(RenderPipeline.Plan([new TestEnvironment
        {
            SourcesValue = new() { IndexUrl = "https://pypi.example.org/simple", NetrcSecret = true },
        }], RenderSelection.All, _ => null).Entries);
        var dockerfile = entry.Files.Single(f => f.RelativePath == ImagePaths.GenericDockerfile).Content;
        var manifest = ManifestJson.Read(entry.Files.Single(f => f.RelativePath == RenderManifest.FileName).Content);

        Assert.Contains("--mount=type=secret,id=pip-netrc,required=true", dockerfile, StringComparison.Ordinal);
        Assert.Contains("&& NETRC=/run/secrets/pip-netrc /opt/venv/bin/python -m pip install --index-url https://pypi.example.org/simple --requirement", dockerfile, StringComparison.Ordinal);
        Assert.Equal(["pip-netrc"], manifest.Image(ImageRoles.Run).HostSecrets);
        Assert.Equal(["pip-netrc"], manifest.Image(ImageRoles.Dev).HostSecrets);
        Assert.Null(manifest.Image(ImageRoles.RunUser).HostSecrets);
        Assert.DoesNotContain(entry.Files, f => f.RelativePath.Contains("netrc", StringComparison.Ordinal));
        Assert.Empty(DockerfileLinter.Lint("Dockerfile", dockerfile, DockerfileKind.Generic).Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void Without_a_private_index_the_manifest_asks_for_no_host_secret()
    {
        var entry = Assert.Single(RenderPipeline.Plan([new TestEnvironment()], RenderSelection.All, _ => null).Entries);
        var json = entry.Files.Single(f => f.RelativePath == RenderManifest.FileName).Content;

        Assert.DoesNotContain("hostSecrets", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_requirements_file_accepts_the_same_options_checked_by_the_same_rules()
    {
        const string File = "--index-url http://127.0.0.1:8080/simple/\n--extra-index-url=https://download.pytorch.org/whl/cu124\n"
                            + "-f /opt/wheels\n--trusted-host 127.0.0.1:8080\n--pre\nnumpy==2.1.0\n";
        var entry = Assert.Single(RenderPipeline.Plan([new TestEnvironment { PipValue = PipRequirements.FromFile("deps/requirements.txt") }],
            RenderSelection.All, path => path == "deps/requirements.txt" ? File : null).Entries);

        Assert.Equal(File, entry.Files.Single(f => f.RelativePath == "dependencies/requirements.txt").Content);
    }

    [Theory]
    [InlineData("--extra-index-url https://me:s3cret@pypi.example.org/simple", "CK1070", "carries credentials", "https://***@pypi.example.org/simple")]
    [InlineData("--trusted-host not a host", "CK1071", "not host or host:port", "not a host")]
    [InlineData("--find-links wheels", "CK1072", "neither an http(s) URL nor an absolute path", "wheels")]
    [InlineData("--require-hashes", "CK1013", "only index, find-links, trusted-host, pre-release and binary options", "--require-hashes")]
    public void A_bad_option_line_of_a_requirements_file_names_file_and_line(string line, string id, string message, string value)
    {
        var diagnostics = Diagnose(new TestEnvironment { PipValue = PipRequirements.FromFile("deps/requirements.txt") },
            path => path == "deps/requirements.txt" ? "numpy==2.1.0\n" + line + "\n" : null);

        var diagnostic = Assert.Single(diagnostics, d => d.Id == id);
        Assert.Equal("TestEnvironment.Pip", diagnostic.Location);
        Assert.Contains("deps/requirements.txt:2: ", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains(message, diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(value, diagnostic.Value);
        Assert.DoesNotContain("s3cret", diagnostic.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void CK1003_for_an_inline_index_option_points_to_the_typed_sources()
    {
        var diagnostic = Assert.Single(Diagnose(new TestEnvironment { PipValue = ["--extra-index-url https://download.pytorch.org/whl/cu124"] }), d => d.Id == "CK1003");

        Assert.Contains("PipSourcesFor(entry)", diagnostic.Hint, StringComparison.Ordinal);
        Assert.Contains("ExtraIndexUrls", diagnostic.Hint, StringComparison.Ordinal);
    }

    private static string Dockerfile(EnvironmentDefinition definition) =>
        Assert.Single(RenderPipeline.Plan([definition], RenderSelection.All, _ => null).Entries)
            .Files.Single(f => f.RelativePath == ImagePaths.GenericDockerfile).Content;

    private static IReadOnlyList<Diagnostic> Diagnose(EnvironmentDefinition definition, Func<string, string?>? readFile = null)
    {
        try
        {
            return RenderPipeline.Plan([definition], RenderSelection.All, readFile ?? (_ => null)).Warnings;
        }
        catch (DiagnosticException e)
        {
            return e.Diagnostics;
        }
    }

    private sealed class PerEntrySources : FromPythonEnvironment
    {
        public override Project Project => new("per-entry");
        public override Matrix Matrix => Matrix.Platforms(Platform.Amd64).Accelerations(Acceleration.Cpu, Acceleration.Cuda);
        public override BaseImage Base(MatrixEntry entry) => BaseImage.Parse("debian:bookworm-slim");
        public override PipRequirements Pip => ["torch==2.4.1"];
        public override PipSources PipSourcesFor(MatrixEntry entry) => entry.Acceleration == Acceleration.Cuda
            ? new() { IndexUrl = "https://download.pytorch.org/whl/cu124" }
            : PipSources;
    }
}
