using System.Text.Json;
using ContainerKit.Definitions;
using ContainerKit.Diagnostics;
using ContainerKit.Docker.Engine;
using ContainerKit.IntegrationTests.Import;
using ContainerKit.Rendering;

namespace ContainerKit.IntegrationTests.Sources;

/// <summary>
/// Typed pip sources on the real engine: a primary and an extra PEP 503 index, a find-links folder and a private
/// index behind HTTP basic authentication, all on loopback and serving wheels the test builds. One requirement
/// resolves from each; the private index's credentials reach pip only through the <c>pip-netrc</c> BuildKit secret,
/// so they are in no layer, no history entry, no image config and no build log.
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class PipSourcesTests(EngineFixture engine) : IDisposable
{
    private const string User = "ck-index-user";
    private static readonly TinyWheel Primary = new("ck-src-primary", "1.0");
    private static readonly TinyWheel Extra = new("ck-src-extra", "2.0");
    private static readonly TinyWheel Linked = new("ck-src-linked", "3.0");
    private static readonly TinyWheel Private = new("ck-src-private", "4.0");
    private static readonly string[] Requirements = [.. new[] { Primary, Extra, Linked, Private }.Select(w => $"{w.Name}=={w.Version}")];

    private readonly string _password = "ck-index-pass-" + Guid.NewGuid().ToString("N")[..16];
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("ck-it-sources-");

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public async Task One_requirement_resolves_from_each_source_and_the_private_credentials_stay_out_of_the_image()
    {
        using var primary = new LocalPackageIndex([Primary]);
        using var extra = new LocalPackageIndex([Extra]);
        using var privateIndex = new LocalPackageIndex([Private], (User, _password));
        var wheels = _root.CreateSubdirectory("wheels").FullName;
        File.WriteAllBytes(Path.Combine(wheels, Linked.FileName), Linked.Build());
        using var links = new StaticFolderServer(wheels);
        var netrc = Path.Combine(_root.FullName, "netrc");
        File.WriteAllText(netrc, $"machine 127.0.0.1 login {User} password {_password}\n");
        var definition = new PipSourcesEnvironment(new PipSources
        {
            IndexUrl = primary.Url,
            ExtraIndexUrls = [extra.Url, privateIndex.Url],
            FindLinks = [links.Root],
            TrustedHosts = ["127.0.0.1"],
            NetrcSecret = true,
        }, Requirements);

        var folder = engine.Render(definition);
        await engine.Engine.BuildGenericAsync(folder, new GenericBuildOptions
        {
            Roles = [ImageRoles.Run], Rebuild = true,
            HostSecrets = new Dictionary<string, string> { [PipSources.NetrcSecretId] = netrc },
        }, CancellationToken.None);

        var image = EngineFixture.Image(folder, ImageRoles.Run);
        var (exit, output, error) = await engine.RunAsync(image,
            ["python", "-c", "import ck_src_primary as a, ck_src_extra as b, ck_src_linked as c, ck_src_private as d; print(a.VALUE, b.VALUE, c.VALUE, d.VALUE, sep='|')"]);
        Assert.True(exit == 0, output + error);
        Assert.Equal($"{Primary.Value}|{Extra.Value}|{Linked.Value}|{Private.Value}", output.Trim().Split('\n')[^1]);
        Assert.Equal((1, 1, 1), (primary.Downloads, extra.Downloads, privateIndex.Downloads));
        Assert.Equal([Linked.FileName], links.Served);

        // The run image copies the environment out of python-env; that stage's own image holds the RUN of pip install.
        await engine.Engine.BuildGenericAsync(folder, new GenericBuildOptions
        {
            Roles = [ImageRoles.Run], Revisions = ["debug-python-env"], StageOverride = StageNames.PythonEnvironment,
            HostSecrets = new Dictionary<string, string> { [PipSources.NetrcSecretId] = netrc },
        }, CancellationToken.None);
        var stage = ImageTagTemplate.Expand(ManifestJson.Read(File.ReadAllText(Path.Combine(folder, RenderManifest.FileName))).Image(ImageRoles.Run).TagTemplates[0], "debug-python-env", null);
        var stageMetadata = await MetadataAsync(stage);
        Assert.Contains("NETRC=/run/secrets/pip-netrc", stageMetadata, StringComparison.Ordinal);
        Assert.DoesNotContain(_password, stageMetadata + await MetadataAsync(image), StringComparison.Ordinal);
        Assert.DoesNotContain(_password, engine.Progress.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(_password, string.Concat(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(File.ReadAllText)), StringComparison.Ordinal);
        var (grep, found, _) = await engine.RunAsync(image, ["sh", "-c", $"grep -rlsF '{_password}' /etc /root /opt /run /tmp /var /home; test $? -eq 1"]);
        Assert.True(grep == 0, "the password is in the image: " + found);
    }

    // What docker history --no-trunc and docker inspect show of an image.
    private async Task<string> MetadataAsync(string image) =>
        JsonSerializer.Serialize(await engine.Connection.Client.Images.GetImageHistoryAsync(image, CancellationToken.None))
        + JsonSerializer.Serialize(await engine.Connection.Client.Images.InspectImageAsync(image, CancellationToken.None));

    [Fact]
    public async Task A_build_needing_the_netrc_secret_without_it_is_CK3060_before_anything_builds()
    {
        var folder = engine.Render(new PipSourcesEnvironment(new PipSources { IndexUrl = "http://127.0.0.1:9/simple/", NetrcSecret = true }, Requirements, "it-pip-sources-no-secret"));

        var error = await Assert.ThrowsAsync<DiagnosticException>(() =>
            engine.Engine.BuildGenericAsync(folder, new GenericBuildOptions { Roles = [ImageRoles.Run], Rebuild = true }, CancellationToken.None));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(("CK3060", "pip-netrc"), (diagnostic.Id, diagnostic.Value));
        Assert.Contains("--pip-netrc", diagnostic.Hint, StringComparison.Ordinal);
        Assert.Null(await engine.Engine.InspectImageAsync(EngineFixture.Image(folder, ImageRoles.Run), CancellationToken.None));
    }
}
