using System.Security.Cryptography;
using System.Text;
using ContainerKit.Diagnostics;
using ContainerKit.Docker.Building;
using ContainerKit.Docker.Progress;
using ContainerKit.Docker.Provisioning;
using ContainerKit.Rendering;
using Docker.DotNet.Models;

namespace ContainerKit.IntegrationTests.Sources;

/// <summary>
/// The installer's checksum step on the real engine: the download, check and install commands rendered by
/// <see cref="CondaInstallerScript"/> (the same code as the python-env stage) run against an installer served on
/// loopback (the real Miniforge cannot be downloaded here). The right SHA-256 installs; a wrong one fails the build
/// before the installer runs.
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class CondaInstallerChecksumTests(EngineFixture engine) : IDisposable
{
    // A stand-in installer taking Miniforge's arguments (-b -p PREFIX).
    private const string Installer = "#!/bin/sh\nset -e\ntest \"$1\" = -b && test \"$2\" = -p\nmkdir -p \"$3/bin\"\necho 'installed by the stand-in' > \"$3/bin/installed\"\n";
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("ck-it-installer-");
    private readonly string _tag = $"{engine.Namespace.Name}/installer-checksum:{Guid.NewGuid().ToString("N")[..12]}";

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public async Task The_right_checksum_installs_and_a_wrong_one_fails_the_build_before_the_installer_runs()
    {
        var served = _root.CreateSubdirectory("served").FullName;
        File.WriteAllText(Path.Combine(served, "Miniforge3-test-Linux-x86_64.sh"), Installer);
        using var server = new StaticFolderServer(served);
        var url = server.UrlOf("Miniforge3-test-Linux-x86_64.sh");
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Installer)));
        try
        {
            await BuildAsync(url, sha256);
            var (exit, output, error) = await engine.RunAsync(_tag, ["cat", "/opt/conda/bin/installed"]);
            Assert.True(exit == 0, output + error);
            Assert.Equal("installed by the stand-in", output.Trim());

            var wrong = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Installer + "tampered")));
            var failure = await Assert.ThrowsAsync<DiagnosticException>(() => BuildAsync(url, wrong, $"{_tag}-wrong"));
            Assert.Equal("CK3002", Assert.Single(failure.Diagnostics).Id);
            Assert.Contains("/tmp/conda-installer.sh: FAILED", engine.Progress.ToString(), StringComparison.Ordinal);
            Assert.Null(await engine.Engine.InspectImageAsync($"{_tag}-wrong", CancellationToken.None));
            Assert.Equal(["Miniforge3-test-Linux-x86_64.sh", "Miniforge3-test-Linux-x86_64.sh"], server.Served);
        }
        finally
        {
            await engine.Connection.Client.Images.DeleteImageAsync(_tag, new ImageDeleteParameters { Force = true }, CancellationToken.None);
        }
    }

    private Task<string> BuildAsync(string url, string sha256, string? tag = null)
    {
        var context = _root.CreateSubdirectory("context-" + sha256[..8]).FullName;
        File.WriteAllText(Path.Combine(context, "Dockerfile"),
            $"FROM {TestEngineProvisioner.BaseImage}\n"
            + "RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl && rm -rf /var/lib/apt/lists/*\n"
            + "RUN " + string.Join(" \\\n    && ", CondaInstallerScript.Commands(url, sha256, "/opt/conda")) + "\n");
        return new ImageBuilder(engine.Connection, new PlainProgressReporter(TextWriter.Synchronized(engine.Progress)))
            .BuildAsync(new BuildRequest(context, "installer-checksum") { Tags = [tag ?? _tag], NoCache = false }, CancellationToken.None);
    }
}
