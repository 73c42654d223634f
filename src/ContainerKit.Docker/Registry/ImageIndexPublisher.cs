using System.Text;
using System.Text.Json;
using ContainerKit.Docker.Processes;

namespace ContainerKit.Docker.Registry;

/// <summary>
/// Publishes a multi-platform image index (a manifest list) over images already in a registry, with the docker CLI's
/// <c>docker manifest create</c> and <c>docker manifest push</c> (Debian's docker.io, and every CI runner with Docker,
/// have it). The CLI reads each platform's manifest and image config from the registry, so nothing is pulled or
/// rebuilt. A loopback registry is spoken to over plain HTTP (<c>--insecure</c>), as the daemon does.
/// </summary>
/// <param name="credentials">Explicit credentials (--registry-username/--registry-password), written to a private
/// DOCKER_CONFIG for the two commands; without them the CLI uses the user's own login (<c>docker login</c>).</param>
public sealed class ImageIndexPublisher(RegistryCredentials? credentials)
{
    /// <summary>The docker CLI program.</summary>
    public string Docker { get; init; } = "docker";

    /// <summary>Creates <paramref name="index"/> over <paramref name="images"/> (all in <paramref name="registry"/>) and pushes it; returns the index.</summary>
    /// <exception cref="Diagnostics.DiagnosticException">CK3141 naming the index, the registry and the CLI's output.</exception>
    public async Task<string> PublishAsync(string index, IReadOnlyList<string> images, string registry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(images);
        string[] insecure = RegistryHost.IsLoopback(registry) ? ["--insecure"] : [];
        var config = credentials is null ? null : Directory.CreateTempSubdirectory("ck-docker-config-").FullName;
        try
        {
            var environment = new Dictionary<string, string>();
            if (config is not null)
            {
                WriteConfig(config, registry, credentials!);
                environment["DOCKER_CONFIG"] = config;
            }
            // --amend replaces a local list of the same name left by an earlier run; --purge removes it after the push.
            await RunAsync(["manifest", "create", "--amend", .. insecure, index, .. images], environment, index, registry, cancellationToken).ConfigureAwait(false);
            await RunAsync(["manifest", "push", "--purge", .. insecure, index], environment, index, registry, cancellationToken).ConfigureAwait(false);
            return index;
        }
        finally
        {
            if (config is not null) Directory.Delete(config, recursive: true);
        }
    }

    private async Task RunAsync(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment, string index, string registry, CancellationToken cancellationToken)
    {
        var output = new StringWriter();
        int exit;
        try
        {
            exit = await ProcessRunner.RunAsync(Docker, arguments, Directory.GetCurrentDirectory(), environment, output, cancellationToken).ConfigureAwait(false);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw Failed(index, registry, $"the docker CLI cannot be started ({e.Message})", "install the docker CLI (Debian: docker.io)");
        }
        if (exit != 0)
        {
            throw Failed(index, registry, $"`docker {string.Join(" ", arguments.Take(2))}` exited with {exit}: {output.ToString().Trim()}",
                "push every platform's images first (`./build.sh PushGeneric`), and log in to the registry (`docker login`, or --registry-username/--registry-password)");
        }
    }

    private static void WriteConfig(string folder, string registry, RegistryCredentials credentials)
    {
        var host = registry.Split('/')[0];
        var auth = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{credentials.UserName}:{credentials.Password}"));
        var json = JsonSerializer.Serialize(new Dictionary<string, object> { ["auths"] = new Dictionary<string, object> { [host] = new Dictionary<string, string> { ["auth"] = auth } } });
        var path = Path.Combine(folder, "config.json");
        File.WriteAllText(path, json);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    private static Diagnostics.DiagnosticException Failed(string index, string registry, string message, string hint) =>
        EngineDiagnostics.Exception(EngineDiagnostics.ImageIndexFailedId, index, $"the image index {index} cannot be published to {registry}: {message}", index, hint);
}
