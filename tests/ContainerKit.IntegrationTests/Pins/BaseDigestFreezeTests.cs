using System.Net.Http.Headers;
using ContainerKit.Definitions;
using ContainerKit.Docker.Provisioning;
using ContainerKit.Scripting.Scripts;

namespace ContainerKit.IntegrationTests.Pins;

/// <summary>
/// FreezeEnv pins base images to digests on the real engine: a base pushed to the loopback registry under the run's
/// namespace (its local tag removed, so the digest comes from the registry) is referenced by a script definition;
/// <c>FreezeEnv --check</c> lists the pin and exits 1 without writing, FreezeEnv writes <c>name:tag@sha256:...</c> with
/// the registry's digest, and a second <c>--check</c> exits 0.
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class BaseDigestFreezeTests(EngineFixture engine) : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ck-it-pins-").FullName;

    /// <summary>The definition script, FROM <paramref name="baseImage"/>.</summary>
    internal static string Script(string baseImage) =>
        ScratchRepository.Definition("PinnedBaseEnvironment", "it-pinned-base", "containerkit-it/pinned-base", baseImage,
            """public override AptPackages BaseApt => ["python3", "python3-venv"];""");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Check_fails_while_the_base_is_unpinned_freeze_pins_the_registry_digest_and_check_then_passes()
    {
        var baseImage = await engine.PushRegistryOnlyBaseAsync("pin-base");
        var digest = Assert.IsType<string>(await RegistryDigestAsync(baseImage));
        var script = Path.Combine(_root, "pinned.env.csx");
        File.WriteAllText(script, Script(baseImage));
        foreach (var definition in new ScriptDefinitionLoader<EnvironmentDefinition>(new ScriptLoaderOptions(Path.Combine(_root, "cache"))).Load(script))
        {
            await engine.BuildGenericAsync(definition);
        }
        var original = File.ReadAllText(script);

        var (checkExit, checkOutput) = await TargetHost.RunAsync(engine, _root, "FreezeEnv", "--definition", "pinned.env.csx", "--check");

        Assert.True(checkExit == 1, checkOutput);
        Assert.Contains("would change pinned.env.csx:", checkOutput, StringComparison.Ordinal);
        Assert.Contains($"+ public override BaseImage Base(MatrixEntry entry) => BaseImage.Parse(\"{baseImage}@{digest}\");", checkOutput, StringComparison.Ordinal);
        Assert.Equal(original, File.ReadAllText(script));

        var (freezeExit, freezeOutput) = await TargetHost.RunAsync(engine, _root, "FreezeEnv", "--definition", "pinned.env.csx");

        Assert.True(freezeExit == 0, freezeOutput);
        Assert.Contains($"BaseImage.Parse(\"{baseImage}@{digest}\")", File.ReadAllText(script), StringComparison.Ordinal);
        Assert.DoesNotContain("left unpinned", freezeOutput, StringComparison.Ordinal);

        var (againExit, againOutput) = await TargetHost.RunAsync(engine, _root, "FreezeEnv", "--definition", "pinned.env.csx", "--check");

        Assert.True(againExit == 0, againOutput);
        Assert.Contains("nothing would change", againOutput, StringComparison.Ordinal);
    }

    /// <summary>The manifest digest the registry itself reports for the tag (Docker-Content-Digest), independent of the daemon; null when it has none.</summary>
    internal static async Task<string?> RegistryDigestAsync(string reference)
    {
        var (repository, tag) = (reference[(reference.IndexOf('/') + 1)..reference.LastIndexOf(':')], reference[(reference.LastIndexOf(':') + 1)..]);
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Head, $"http://{TestEngineProvisioner.RegistryAddress}/v2/{repository}/manifests/{tag}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.docker.distribution.manifest.v2+json"));
        using var response = await http.SendAsync(request);
        return response.IsSuccessStatusCode ? Assert.Single(response.Headers.GetValues("Docker-Content-Digest")) : null;
    }
}
