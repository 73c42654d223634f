using ContainerKit.Diagnostics;
using ContainerKit.Docker.Connection;

namespace ContainerKit.Tests.Engine;

/// <summary>
/// The daemon endpoint, resolved with the docker CLI's precedence from a fake machine: environment variables, a
/// home folder with the CLI's config.json and contexts store, the operating system and the sockets that exist.
/// </summary>
public sealed class DockerEndpointResolverTests : IDisposable
{
    private readonly string _home = Directory.CreateTempSubdirectory("ck-docker-home-").FullName;
    private readonly Dictionary<string, string> _variables = [];
    private readonly HashSet<string> _sockets = [];

    [Theory]
    [InlineData("npipe:////./pipe/docker_engine", ".", "docker_engine")]
    [InlineData("npipe://./pipe/docker_engine", ".", "docker_engine")]
    [InlineData("npipe:////./pipe/dockerDesktopLinuxEngine", ".", "dockerDesktopLinuxEngine")]
    [InlineData("npipe:////buildhost/pipe/docker_engine", "buildhost", "docker_engine")]
    public void DOCKER_HOST_npipe_selects_the_named_pipe_on_any_spelling(string dockerHost, string server, string name)
    {
        _variables["DOCKER_HOST"] = dockerHost;

        var endpoint = Resolve(windows: true);

        Assert.True(endpoint.IsNamedPipe);
        Assert.False(endpoint.IsUnixSocket);
        Assert.Equal((server, name), endpoint.NamedPipe);
        Assert.Equal($"npipe:////{server}/pipe/{name}", endpoint.CliHost);
    }

    [Fact]
    public void Without_DOCKER_HOST_Windows_uses_Docker_Desktops_default_pipe()
    {
        var endpoint = Resolve(windows: true);

        Assert.True(endpoint.IsNamedPipe);
        Assert.Equal((".", "docker_engine"), endpoint.NamedPipe);
        Assert.Equal("npipe:////./pipe/docker_engine", endpoint.CliHost);
    }

    [Fact]
    public void Without_DOCKER_HOST_Linux_uses_the_root_socket_when_it_exists_even_with_a_rootless_one()
    {
        _sockets.Add("/var/run/docker.sock");
        _sockets.Add("/run/user/1000/docker.sock");
        _variables["XDG_RUNTIME_DIR"] = "/run/user/1000";

        Assert.Equal(new Uri("unix:///var/run/docker.sock"), Resolve().Uri);
    }

    [Fact]
    public void The_rootless_socket_is_found_when_the_root_socket_is_absent()
    {
        _sockets.Add("/run/user/1000/docker.sock");
        _variables["XDG_RUNTIME_DIR"] = "/run/user/1000";

        var endpoint = Resolve();

        Assert.Equal(new Uri("unix:///run/user/1000/docker.sock"), endpoint.Uri);
        Assert.Contains("rootless", endpoint.Origin, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_any_socket_the_default_is_the_root_socket_so_the_message_names_it()
    {
        _variables["XDG_RUNTIME_DIR"] = "/run/user/1000";

        Assert.Equal(new Uri("unix:///var/run/docker.sock"), Resolve().Uri);
    }

    [Fact]
    public void The_current_context_of_config_json_is_used_with_its_endpoint_from_the_store()
    {
        WriteConfig("""{"auths":{},"currentContext":"rootless"}""");
        WriteContext("rootless", "unix:///run/user/1000/docker.sock");
        _sockets.Add("/var/run/docker.sock");

        var endpoint = Resolve();

        Assert.Equal(new Uri("unix:///run/user/1000/docker.sock"), endpoint.Uri);
        Assert.Contains("docker context 'rootless'", endpoint.Origin, StringComparison.Ordinal);
    }

    [Fact]
    public void DOCKER_CONTEXT_wins_over_config_json_and_DOCKER_HOST_wins_over_both()
    {
        WriteConfig("""{"currentContext":"rootless"}""");
        WriteContext("rootless", "unix:///run/user/1000/docker.sock");
        WriteContext("remote", "tcp://10.0.0.5:2375");

        _variables["DOCKER_CONTEXT"] = "remote";
        Assert.Equal(new Uri("tcp://10.0.0.5:2375"), Resolve().Uri);

        _variables["DOCKER_HOST"] = "unix:///tmp/other.sock";
        Assert.Equal(new Uri("unix:///tmp/other.sock"), Resolve().Uri);
    }

    [Fact]
    public void The_context_named_default_means_the_default_endpoint()
    {
        WriteConfig("""{"currentContext":"default"}""");

        Assert.Equal((".", "docker_engine"), Resolve(windows: true).NamedPipe);
    }

    [Fact]
    public void Docker_Desktops_context_on_Windows_selects_its_pipe()
    {
        WriteConfig("""{"currentContext":"desktop-linux"}""");
        WriteContext("desktop-linux", "npipe:////./pipe/dockerDesktopLinuxEngine");

        Assert.Equal((".", "dockerDesktopLinuxEngine"), Resolve(windows: true).NamedPipe);
    }

    [Fact]
    public void DOCKER_CONFIG_moves_the_config_folder()
    {
        var elsewhere = Path.Combine(_home, "elsewhere");
        _variables["DOCKER_CONFIG"] = elsewhere;
        WriteConfig("""{"currentContext":"remote"}""", elsewhere);
        WriteContext("remote", "tcp://10.0.0.7:2375", elsewhere);

        Assert.Equal(new Uri("tcp://10.0.0.7:2375"), Resolve().Uri);
    }

    [Fact]
    public void A_context_with_TLS_files_uses_them()
    {
        WriteContext("secure", "tcp://10.0.0.8:2376");
        var tls = Path.Combine(_home, ".docker", "contexts", "tls", DockerContextStore.Digest("secure"), "docker");
        Directory.CreateDirectory(tls);
        File.WriteAllText(Path.Combine(tls, "ca.pem"), "");
        _variables["DOCKER_CONTEXT"] = "secure";

        var endpoint = Resolve();

        Assert.Equal(tls, endpoint.CertificatePath);
    }

    [Fact]
    public void A_missing_context_is_CK3170_naming_it()
    {
        _variables["DOCKER_CONTEXT"] = "nowhere";

        var diagnostic = Assert.Single(Assert.Throws<DiagnosticException>(() => Resolve()).Diagnostics);

        Assert.Equal("CK3170", diagnostic.Id);
        Assert.Equal("DOCKER_CONTEXT", diagnostic.Location);
        Assert.Equal("nowhere", diagnostic.Value);
    }

    [Fact]
    public void A_broken_config_or_a_context_without_a_docker_endpoint_is_CK3171()
    {
        WriteConfig("{not json");
        Assert.Equal("CK3171", Assert.Single(Assert.Throws<DiagnosticException>(() => Resolve()).Diagnostics).Id);

        WriteConfig("""{"currentContext":"k8s-only"}""");
        var meta = Path.Combine(_home, ".docker", "contexts", "meta", DockerContextStore.Digest("k8s-only"));
        Directory.CreateDirectory(meta);
        File.WriteAllText(Path.Combine(meta, "meta.json"), """{"Name":"k8s-only","Metadata":{},"Endpoints":{}}""");
        var diagnostic = Assert.Single(Assert.Throws<DiagnosticException>(() => Resolve()).Diagnostics);
        Assert.Equal("CK3171", diagnostic.Id);
        Assert.Equal("context 'k8s-only'", diagnostic.Location);
    }

    [Theory]
    [InlineData("ssh://me@build-host")]
    [InlineData("npipe:////./notapipe/docker_engine")]
    [InlineData("npipe://")]
    [InlineData("http://127.0.0.1:2375")]
    public void An_unusable_DOCKER_HOST_is_CK3009(string dockerHost)
    {
        _variables["DOCKER_HOST"] = dockerHost;

        var diagnostic = Assert.Single(Assert.Throws<DiagnosticException>(() => Resolve()).Diagnostics);

        Assert.Equal("CK3009", diagnostic.Id);
        Assert.Equal(dockerHost, diagnostic.Value);
    }

    [Fact]
    public void The_context_stores_folder_is_the_sha256_of_the_name_as_the_docker_cli_writes_it()
    {
        // sha256("default"), the CLI's folder for a context named "default".
        Assert.Equal("37a8eec1ce19687d132fe29051dca629d164e2c4958ba141d5f4133a33f0688f", DockerContextStore.Digest("default"));
    }

    private DockerEndpoint Resolve(bool windows = false) =>
        DockerEndpointResolver.Resolve(new DockerHostEnvironment(name => _variables.GetValueOrDefault(name), _home, windows, _sockets.Contains));

    private void WriteConfig(string json, string? folder = null)
    {
        folder ??= Path.Combine(_home, ".docker");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "config.json"), json);
    }

    private void WriteContext(string name, string host, string? folder = null)
    {
        var meta = Path.Combine(folder ?? Path.Combine(_home, ".docker"), "contexts", "meta", DockerContextStore.Digest(name));
        Directory.CreateDirectory(meta);
        File.WriteAllText(Path.Combine(meta, "meta.json"),
            $$"""{"Name":"{{name}}","Metadata":{"Description":"test"},"Endpoints":{"docker":{"Host":"{{host}}","SkipTLSVerify":false} } }""");
    }

    public void Dispose() => Directory.Delete(_home, recursive: true);
}
