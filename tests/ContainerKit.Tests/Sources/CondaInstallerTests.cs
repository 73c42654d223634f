using ContainerKit.Definitions;
using ContainerKit.Lint;
using ContainerKit.Model;
using ContainerKit.Rendering;
using ContainerKit.Tests.Core;
using Xunit;

namespace ContainerKit.Tests.Sources;

/// <summary>The conda installer: a pinned Miniforge release by default, checked against its SHA-256 before it runs.</summary>
public sealed class CondaInstallerTests
{
    [Theory]
    [InlineData(Platform.Amd64, "x86_64", "1b57f8cb991982063f79b56176881093abb1dc76d73fda32102afde60585b5a1")]
    [InlineData(Platform.Arm64, "aarch64", "ac89f17b0eec4e98d38a53d1ae688e0f22c77d8ea5b5f008c2455e90ef095339")]
    public void The_default_installer_is_a_pinned_Miniforge_release_verified_before_it_runs(Platform platform, string cpu, string sha256)
    {
        var dockerfile = Dockerfile(new DefaultInstaller(platform));
        var url = $"https://github.com/conda-forge/miniforge/releases/download/25.3.0-3/Miniforge3-25.3.0-3-Linux-{cpu}.sh";

        Assert.Equal(new CondaInstaller(url, sha256), CondaInstaller.Miniforge(platform));
        var download = dockerfile.IndexOf($"--output /tmp/conda-installer.sh '{url}'", StringComparison.Ordinal);
        var check = dockerfile.IndexOf($"printf '%s  %s\\n' {sha256} /tmp/conda-installer.sh > /tmp/conda-installer.sh.sha256 \\\n    && sha256sum --check --strict /tmp/conda-installer.sh.sha256", StringComparison.Ordinal);
        var run = dockerfile.IndexOf("bash /tmp/conda-installer.sh -b -p /opt/conda", StringComparison.Ordinal);
        Assert.True(download > 0 && check > download && run > check, dockerfile);
        Assert.DoesNotContain(DockerfileLinter.Lint("Dockerfile", dockerfile, DockerfileKind.Generic), d => d.Id is "CK2050" or "CK2051");
    }

    [Fact]
    public void An_installer_without_checksum_renders_no_check_and_lints_CK2050()
    {
        var dockerfile = Dockerfile(new TestCondaEnvironment { Installer = "https://example.org/releases/download/1.0/Miniforge3-1.0-Linux-x86_64.sh" });

        Assert.DoesNotContain("sha256sum", dockerfile, StringComparison.Ordinal);
        var finding = Assert.Single(DockerfileLinter.Lint("Dockerfile", dockerfile, DockerfileKind.Generic), d => d.Id == "CK2050");
        Assert.Equal("https://example.org/releases/download/1.0/Miniforge3-1.0-Linux-x86_64.sh", finding.Value);
    }

    [Fact]
    public void A_latest_installer_lints_CK2051_even_with_a_checksum()
    {
        var dockerfile = Dockerfile(new TestCondaEnvironment
        {
            Installer = "https://github.com/conda-forge/miniforge/releases/latest/download/Miniforge3-Linux-x86_64.sh",
            InstallerSha256 = new string('a', 64),
        });

        var findings = DockerfileLinter.Lint("Dockerfile", dockerfile, DockerfileKind.Generic);
        Assert.Single(findings, d => d.Id == "CK2051");
        Assert.DoesNotContain(findings, d => d.Id == "CK2050");
    }

    [Fact]
    public void An_upper_case_checksum_is_accepted_and_rendered_lower_case()
    {
        var dockerfile = Dockerfile(new TestCondaEnvironment { InstallerSha256 = new string('A', 64) });

        Assert.Contains($"printf '%s  %s\\n' {new string('a', 64)} /tmp/conda-installer.sh", dockerfile, StringComparison.Ordinal);
    }

    private static string Dockerfile(EnvironmentDefinition definition) =>
        Assert.Single(RenderPipeline.Plan([definition], RenderSelection.All, _ => null).Entries)
            .Files.Single(f => f.RelativePath == ImagePaths.GenericDockerfile).Content;

    private sealed class DefaultInstaller(Platform platform) : FromScratchEnvironment
    {
        public override Project Project => new("default-installer");
        public override Matrix Matrix => Matrix.Platforms(platform).Accelerations(Acceleration.Cpu);
        public override BaseImage Base(MatrixEntry entry) => BaseImage.Parse("debian:bookworm-slim");
        public override CondaEnvironment Conda => new() { Dependencies = ["python=3.11"] };
    }
}
