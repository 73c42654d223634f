using ContainerKit.Definitions;
using ContainerKit.Dockerfiles;
using ContainerKit.Rendering;
using ContainerKit.Tests.Core;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace ContainerKit.Tests.Security;

/// <summary>
/// The sudo password hash reaches the user layer only as the BuildKit secret <c>sudo-password-hash</c>: it is in no
/// Dockerfile line, the folder documents and declares the secret, and the build context leaves the file out.
/// </summary>
public sealed class SudoSecretRenderTests
{
    private const string Hash = "$6$rendertest$KxQ0m4m2fC1kR0k7o3Yh5bVQv2Xc1w9s8t7u6v5w4x3y2z1A0B9C8D7E6F5G4H3I2J1K0L9M8N7O6P5Q4R3S2T.";

    [Fact]
    public void The_hash_is_in_the_secret_file_only_and_the_RUN_mounts_the_secret()
    {
        var entry = Render(SudoPolicy.WithPasswordHash(Hash));

        var holding = entry.Files.Where(f => f.Content.Contains(Hash, StringComparison.Ordinal)).Select(f => f.RelativePath);
        Assert.Equal(["secrets/sudo-password-hash"], holding);
        Assert.Equal(Hash + "\n", File(entry, "secrets/sudo-password-hash"));
        Assert.True(entry.Files.Single(f => f.RelativePath == "secrets/sudo-password-hash").Private);

        var userfile = File(entry, ImagePaths.UserDockerfile);
        var run = Assert.Single(DockerfileParser.Parse(userfile).Instructions, i => i.Keyword == "RUN");
        var mount = Assert.Single(run.Mounts);
        Assert.Equal("type=secret,id=sudo-password-hash,required=true", run.Flag("mount"));
        Assert.Contains("chpasswd --encrypted", run.Arguments, StringComparison.Ordinal);
        Assert.Contains("/run/secrets/sudo-password-hash", run.Arguments, StringComparison.Ordinal);
        Assert.Contains("# Plain docker: DOCKER_BUILDKIT=1 docker build --secret id=sudo-password-hash,src=secrets/sudo-password-hash", userfile, StringComparison.Ordinal);
        Assert.Contains("\nsecrets\n", File(entry, ".dockerignore"), StringComparison.Ordinal);
        Assert.NotNull(mount);
    }

    [Fact]
    public void Compose_declares_the_secret_and_the_user_builds_use_it()
    {
        var entry = Render(SudoPolicy.WithPasswordHash(Hash));
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File(entry, ComposeFile.FileName)));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;

        var secret = (YamlMappingNode)((YamlMappingNode)root["secrets"])["sudo-password-hash"];
        Assert.Equal("secrets/sudo-password-hash", ((YamlScalarNode)secret["file"]).Value);
        var services = (YamlMappingNode)root["services"];
        foreach (var service in new[] { "image-run-user", "image-dev-user" })
        {
            var build = (YamlMappingNode)((YamlMappingNode)services[service])["build"];
            Assert.Equal(["sudo-password-hash"], ((YamlSequenceNode)build["secrets"]).Select(n => ((YamlScalarNode)n).Value));
        }
        Assert.False(((YamlMappingNode)((YamlMappingNode)services["image-run-root"])["build"]).Children.ContainsKey("secrets"));
    }

    [Fact]
    public void The_manifest_names_the_secret_of_the_user_images_only()
    {
        var manifest = Render(SudoPolicy.WithPasswordHash(Hash)).Manifest;

        foreach (var image in manifest.Images)
        {
            if (image.Role is ImageRoles.RunUser or ImageRoles.DevUser)
                Assert.Equal(new Dictionary<string, string> { ["sudo-password-hash"] = "secrets/sudo-password-hash" }, image.Secrets);
            else Assert.Null(image.Secrets);
        }
    }

    [Theory]
    [InlineData("none")]
    [InlineData("passwordless")]
    public void Without_a_password_there_is_no_secret(string kind)
    {
        var entry = Render(kind == "none" ? SudoPolicy.None : SudoPolicy.Passwordless);

        Assert.DoesNotContain(entry.Files, f => f.RelativePath.StartsWith("secrets/", StringComparison.Ordinal));
        Assert.DoesNotContain("secret", File(entry, ImagePaths.UserDockerfile), StringComparison.Ordinal);
        Assert.DoesNotContain("secrets", File(entry, ComposeFile.FileName), StringComparison.Ordinal);
        Assert.All(entry.Manifest.Images, i => Assert.Null(i.Secrets));
    }

    private static RenderedEntry Render(SudoPolicy sudo) =>
        Assert.Single(RenderPipeline.Plan([new TestEnvironment { UserValue = new() { Sudo = sudo } }], RenderSelection.All, _ => null).Entries);

    private static string File(RenderedEntry entry, string path) => entry.Files.Single(f => f.RelativePath == path).Content;

    [Fact]
    public void The_written_secret_file_is_readable_by_its_owner_only()
    {
        using var root = new Scripting.TempFolder();
        var plan = RenderPipeline.Plan([new TestEnvironment { UserValue = new() { Sudo = SudoPolicy.WithPasswordHash(Hash) } }], RenderSelection.All, _ => null);

        var folder = Assert.Single(RenderOutput.Write(plan, root.Path)).Folder;

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, System.IO.File.GetUnixFileMode(Path.Combine(folder, "secrets/sudo-password-hash")));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead, System.IO.File.GetUnixFileMode(Path.Combine(folder, "Dockerfile.user")));
    }
}
