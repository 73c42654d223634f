using System.Text;
using ContainerKit.Docker.Registry;

namespace ContainerKit.Tests.Engine;

/// <summary>Registry credentials from a Docker CLI config: credHelpers, then credsStore, then auths.</summary>
public sealed class DockerAuthConfigTests
{
    private static readonly string Encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes("alice:pa:ss"));

    [Fact]
    public void Auths_hold_base64_user_and_password_under_a_host_or_an_url()
    {
        var config = DockerAuthConfig.Parse("""{"auths":{"https://index.docker.io/v1/":{"auth":"AUTH"},"registry.example.org:5000":{"auth":"AUTH"}}}""".Replace("AUTH", Encoded, StringComparison.Ordinal), NoHelper);

        Assert.Equal(new RegistryCredentials("alice", "pa:ss"), config.For("index.docker.io"));
        Assert.Equal(new RegistryCredentials("alice", "pa:ss"), config.For("Registry.Example.org:5000"));
        Assert.Null(config.For("other.example.org"));
    }

    [Fact]
    public void A_registrys_credential_helper_comes_first()
    {
        var calls = new List<(string, string)>();
        var config = DockerAuthConfig.Parse("""{"credHelpers":{"ghcr.io":"gh"},"credsStore":"store","auths":{"ghcr.io":{"auth":"AUTH"}}}""".Replace("AUTH", Encoded, StringComparison.Ordinal),
            (helper, registry) =>
            {
                calls.Add((helper, registry));
                return """{"Username":"bot","Secret":"token"}""";
            });

        Assert.Equal(new RegistryCredentials("bot", "token"), config.For("ghcr.io"));
        Assert.Equal([("gh", "ghcr.io")], calls);
    }

    [Fact]
    public void The_store_comes_before_auths_and_auths_answer_when_the_store_has_nothing()
    {
        var config = DockerAuthConfig.Parse("""{"credsStore":"store","auths":{"a.example.org":{"auth":"AUTH"},"b.example.org":{"auth":"AUTH"}}}""".Replace("AUTH", Encoded, StringComparison.Ordinal),
            (_, registry) => registry == "a.example.org" ? """{"Username":"from-store","Secret":"s"}""" : null);

        Assert.Equal(new RegistryCredentials("from-store", "s"), config.For("a.example.org"));
        Assert.Equal(new RegistryCredentials("alice", "pa:ss"), config.For("b.example.org"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    [InlineData("{}")]
    [InlineData("""{"auths":{"r.example.org":{}}}""")]
    [InlineData("""{"auths":{"r.example.org":{"auth":""}}}""")]
    [InlineData("""{"auths":{"r.example.org":{"auth":"bm9jb2xvbg=="}}}""")] // "nocolon"
    [InlineData("""{"auths":"not an object","credHelpers":[]}""")]
    public void Without_usable_credentials_there_are_none(string? json) => Assert.Null(DockerAuthConfig.Parse(json, NoHelper).For("r.example.org"));

    private static string? NoHelper(string helper, string registry) => throw new InvalidOperationException($"no helper expected ({helper}, {registry})");
}
