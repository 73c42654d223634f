using ContainerKit.Docker.Building;
using ContainerKit.Docker.Progress;
using ContainerKit.Docker.Provisioning;

namespace ContainerKit.IntegrationTests.Engine;

/// <summary>
/// TestEngine's alias of the test base (<c>debian:bookworm-slim</c>) is created only where that tag does not exist,
/// and an existing tag is never replaced. Exercised on names in the run's namespace, never on the real alias.
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class TestEngineAliasTests(EngineFixture engine) : IDisposable
{
    private readonly string _context = Directory.CreateTempSubdirectory("ck-alias-").FullName;

    private string Alias => $"{engine.Namespace.Name}/debian:bookworm-slim";

    public void Dispose() => Directory.Delete(_context, recursive: true);

    [Fact]
    public async Task A_missing_alias_is_created_and_then_left_as_it_is()
    {
        var created = await TestEngineProvisioner.EnsureAliasAsync(engine.Connection, TestEngineProvisioner.BaseImage, Alias + "-new", CancellationToken.None);
        var again = await TestEngineProvisioner.EnsureAliasAsync(engine.Connection, TestEngineProvisioner.BaseImage, Alias + "-new", CancellationToken.None);

        Assert.Equal($"tagged {TestEngineProvisioner.BaseImage} as {Alias}-new, which did not exist, so definitions on {Alias}-new build here", created);
        Assert.Null(again);
        Assert.Equal(await IdAsync(TestEngineProvisioner.BaseImage), await IdAsync(Alias + "-new"));
    }

    [Fact]
    public async Task An_existing_alias_of_another_image_is_never_replaced()
    {
        // The user's own image under the alias name: a different image, made without downloading anything.
        File.WriteAllText(Path.Combine(_context, "Dockerfile"), $"FROM {TestEngineProvisioner.BaseImage}\nLABEL owner=user\n");
        await new ImageBuilder(engine.Connection, new PlainProgressReporter(TextWriter.Null))
            .BuildAsync(new BuildRequest(_context, "alias") { Tags = [Alias], Platform = "linux/amd64" }, CancellationToken.None);
        var users = await IdAsync(Alias);

        var said = await TestEngineProvisioner.EnsureAliasAsync(engine.Connection, TestEngineProvisioner.BaseImage, Alias, CancellationToken.None);

        Assert.Equal(users, await IdAsync(Alias));
        Assert.NotEqual(await IdAsync(TestEngineProvisioner.BaseImage), users);
        Assert.Contains($"{Alias} exists and is not {TestEngineProvisioner.BaseImage}; it is left as it is", said, StringComparison.Ordinal);
        Assert.Contains($"--base-image-substitutions {Alias}={TestEngineProvisioner.BaseImage}", said, StringComparison.Ordinal);
    }

    private async Task<string?> IdAsync(string reference) => (await engine.Engine.InspectImageAsync(reference, CancellationToken.None))?.Id;
}
