using ContainerKit.Diagnostics;
using ContainerKit.Docker;
using ContainerKit.Docker.Registry;
using ContainerKit.Tests.Scripting;

namespace ContainerKit.Tests.Engine;

/// <summary>Tests that change PATH and DOCKER_CONFIG for the whole process run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironmentCollection
{
    public const string Name = "process environment";
}

/// <summary>
/// <c>docker-credential-&lt;helper&gt; get</c>, run for real: a fake helper on PATH answers per registry, as the Docker
/// CLI's helpers do (JSON on stdout, "credentials not found" with a non-zero exit, or a failure).
/// </summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed class CredentialHelperTests : IDisposable
{
    private const string Helper = """
        #!/bin/sh
        [ "$1" = get ] || { echo "expected get, got $1" >&2; exit 9; }
        registry="$(cat)"
        case "$registry" in
          found.example.org) printf '{"Username":"user-of-%s","Secret":"s3cret"}\n' "$registry" ;;
          missing.example.org) echo "credentials not found in native keychain"; exit 1 ;;
          *) echo "helper broke on $registry" >&2; exit 3 ;;
        esac
        """;

    private readonly TempFolder _folder = new();
    private readonly string? _path = Environment.GetEnvironmentVariable("PATH");
    private readonly string? _dockerConfig = Environment.GetEnvironmentVariable("DOCKER_CONFIG");

    public CredentialHelperTests()
    {
        var helper = _folder.Write("bin/docker-credential-ckfake", Helper.ReplaceLineEndings("\n") + "\n");
        File.SetUnixFileMode(helper, (UnixFileMode)0b111_101_101);
        Environment.SetEnvironmentVariable("PATH", Path.Combine(_folder.Path, "bin") + ":" + _path);
    }

    [Fact]
    public void The_helper_gets_the_registry_on_stdin_and_its_output_is_returned()
    {
        var output = CredentialHelper.Get("ckfake", "found.example.org");

        Assert.Equal("{\"Username\":\"user-of-found.example.org\",\"Secret\":\"s3cret\"}\n", output);
    }

    [Fact]
    public void Credentials_not_found_is_no_credentials() => Assert.Null(CredentialHelper.Get("ckfake", "missing.example.org"));

    [Fact]
    public void A_failing_helper_is_CK3008_with_its_message()
    {
        var error = Assert.Throws<DiagnosticException>(() => CredentialHelper.Get("ckfake", "broken.example.org"));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal((EngineDiagnostics.CredentialsFailedId, "ckfake"), (diagnostic.Id, diagnostic.Value));
        Assert.Contains("docker-credential-ckfake failed for broken.example.org: helper broke on broken.example.org", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_helper_that_is_not_installed_is_CK3008()
    {
        var error = Assert.Throws<DiagnosticException>(() => CredentialHelper.Get("ck-not-installed", "found.example.org"));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(EngineDiagnostics.CredentialsFailedId, diagnostic.Id);
        Assert.Contains("docker-credential-ck-not-installed is configured but not installed", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_reads_DOCKER_CONFIG_and_asks_the_configured_helper()
    {
        _folder.Write("docker/config.json", """{"credHelpers":{"found.example.org":"ckfake","missing.example.org":"ckfake"}}""");
        Environment.SetEnvironmentVariable("DOCKER_CONFIG", Path.Combine(_folder.Path, "docker"));

        var config = DockerAuthConfig.Load();

        Assert.Equal(new RegistryCredentials("user-of-found.example.org", "s3cret"), config.For("found.example.org"));
        Assert.Null(config.For("missing.example.org"));
        Assert.Null(config.For("unconfigured.example.org"));
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("PATH", _path);
        Environment.SetEnvironmentVariable("DOCKER_CONFIG", _dockerConfig);
        _folder.Dispose();
    }
}
