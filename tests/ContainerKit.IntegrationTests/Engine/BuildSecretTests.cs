using ContainerKit.Diagnostics;
using ContainerKit.Docker.Building;
using ContainerKit.Docker.Progress;
using ContainerKit.Docker.Provisioning;
using Docker.DotNet.Models;

namespace ContainerKit.IntegrationTests.Engine;

/// <summary>
/// The engine's BuildKit session on the real daemon: a secret reaches <c>RUN --mount=type=secret</c> and nothing
/// else, a secret the session does not hold fails the build, and a missing secret file is CK3002 before any build.
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class BuildSecretTests(EngineFixture engine) : IDisposable
{
    private const string Value = "ck-session-secret-7f3a9c";
    private const string ValueSha256 = "2db572f97e04933c49f982d67daad5f86a23f673d6681230a58447b078d43a94";
    private readonly string _folder = Directory.CreateTempSubdirectory("ck-secret-").FullName;
    private readonly string _tag = $"{engine.Namespace.Name}/session-secret:{Guid.NewGuid().ToString("N")[..12]}";

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task The_secret_reaches_the_RUN_and_is_in_no_layer_nor_the_history()
    {
        // The RUN compares a digest, so the value itself is in no Dockerfile line.
        Write("RUN --mount=type=secret,id=token,required=true test \"$(sha256sum < /run/secrets/token | cut -c1-64)\" = '" + ValueSha256 + "' && touch /secret-was-read");
        try
        {
            await BuildAsync(new Dictionary<string, string> { ["token"] = "token.txt" });

            var history = await engine.Connection.Client.Images.GetImageHistoryAsync(_tag, CancellationToken.None);
            var inspect = await engine.Connection.Client.Images.InspectImageAsync(_tag, CancellationToken.None);
            Assert.DoesNotContain(Value, System.Text.Json.JsonSerializer.Serialize(history) + System.Text.Json.JsonSerializer.Serialize(inspect), StringComparison.Ordinal);
            var (exit, output, error) = await engine.RunAsync(_tag, ["sh", "-c", "ls /secret-was-read && ! grep -rqsF '" + Value[..10] + "' /etc /root /run /tmp /var"]);
            Assert.True(exit == 0, output + error);
        }
        finally
        {
            await engine.Connection.Client.Images.DeleteImageAsync(_tag, new ImageDeleteParameters { Force = true }, CancellationToken.None);
        }
    }

    [Fact]
    public async Task A_required_secret_the_session_does_not_hold_fails_the_build_with_CK3002()
    {
        Write("RUN --mount=type=secret,id=other,required=true true");

        var error = await Assert.ThrowsAsync<DiagnosticException>(() => BuildAsync(new Dictionary<string, string> { ["token"] = "token.txt" }));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal("CK3002", diagnostic.Id);
        Assert.Contains("other", diagnostic.Message, StringComparison.Ordinal);
        Assert.Null(await engine.Engine.InspectImageAsync(_tag, CancellationToken.None));
    }

    [Fact]
    public async Task A_missing_secret_file_is_CK3002_naming_it()
    {
        Write("RUN true");

        var error = await Assert.ThrowsAsync<DiagnosticException>(() => BuildAsync(new Dictionary<string, string> { ["token"] = "secrets/absent" }));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(("CK3002", "secrets/absent"), (diagnostic.Id, diagnostic.Value));
        Assert.Contains("'token'", diagnostic.Message, StringComparison.Ordinal);
    }

    private void Write(string run)
    {
        File.WriteAllText(Path.Combine(_folder, "Dockerfile"), $"FROM {TestEngineProvisioner.BaseImage}\n{run}\n");
        File.WriteAllText(Path.Combine(_folder, "token.txt"), Value);
        File.WriteAllText(Path.Combine(_folder, ".dockerignore"), "token.txt\n");
    }

    private Task<string> BuildAsync(IReadOnlyDictionary<string, string> secrets) =>
        new ImageBuilder(engine.Connection, new PlainProgressReporter(TextWriter.Synchronized(engine.Progress)))
            .BuildAsync(new BuildRequest(_folder, "secret") { Tags = [_tag], Secrets = secrets, NoCache = true }, CancellationToken.None);
}
