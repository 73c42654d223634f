using ContainerKit.Diagnostics;
using ContainerKit.Docker;
using ContainerKit.Docker.Engine;
using ContainerKit.Docker.Provisioning;
using ContainerKit.Rendering;
using Docker.DotNet.Models;

namespace ContainerKit.IntegrationTests.Engine;

/// <summary>Push to the loopback registry, drop the local tags, pull back: the same image.</summary>
[Collection(EngineCollection.Name)]
public sealed class RegistryTests(EngineFixture engine)
{
    [Fact]
    public async Task Pushed_image_pulls_back_with_the_same_id()
    {
        var folder = await engine.BuildGenericAsync(new WheelEnvironment());
        var local = EngineFixture.Image(folder, ImageRoles.Run);
        var original = (await engine.Engine.InspectImageAsync(local, CancellationToken.None))!.Id;
        var options = new PushOptions(TestEngineProvisioner.RegistryAddress) { Roles = [ImageRoles.Run] };

        var pushed = await engine.Engine.PushAsync(folder, options, CancellationToken.None);
        foreach (var tag in pushed.Append(local))
        {
            await engine.Connection.Client.Images.DeleteImageAsync(tag, new ImageDeleteParameters { Force = true }, CancellationToken.None);
        }
        var gone = await engine.Engine.InspectImageAsync(local, CancellationToken.None);
        var pulled = await engine.Engine.PullAsync(folder, options, CancellationToken.None);

        Assert.Equal([$"{TestEngineProvisioner.RegistryAddress}/{local}"], pushed);
        Assert.Null(gone);
        Assert.Equal([local], pulled);
        Assert.Equal(original, (await engine.Engine.InspectImageAsync(local, CancellationToken.None))!.Id);
    }

    [Fact]
    public async Task Pushing_to_a_registry_that_does_not_answer_names_image_registry_and_cause()
    {
        var folder = await engine.BuildGenericAsync(new WheelEnvironment());
        var options = new PushOptions("127.0.0.1:9") { Roles = [ImageRoles.Run] };
        var quick = new DockerContainerEngine(engine.Connection, new Docker.Progress.PlainProgressReporter(TextWriter.Null))
        {
            Retry = new Docker.Registry.RetryPolicy(2, TimeSpan.FromMilliseconds(10)),
        };

        var error = await Assert.ThrowsAsync<DiagnosticException>(() => quick.PushAsync(folder, options, CancellationToken.None));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(EngineDiagnostics.PushFailedId, diagnostic.Id);
        Assert.Contains($"127.0.0.1:9/{engine.Namespace.Name}/containerkit-it/it-wheel:amd64-cpu-run-latest-root", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("registry 127.0.0.1:9", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pulling_an_image_the_registry_does_not_have_names_image_registry_and_cause_without_retrying()
    {
        var folder = await engine.BuildGenericAsync(new WheelEnvironment());
        var options = new PushOptions(TestEngineProvisioner.RegistryAddress) { Roles = [ImageRoles.Run], Revisions = ["never-pushed"] };
        var local = EngineFixture.Image(folder, ImageRoles.Run).Replace("-latest-", "-never-pushed-", StringComparison.Ordinal);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var slow = new DockerContainerEngine(engine.Connection, new Docker.Progress.PlainProgressReporter(TextWriter.Null))
        {
            Retry = new Docker.Registry.RetryPolicy(3, TimeSpan.FromSeconds(5)),
        };

        var error = await Assert.ThrowsAsync<DiagnosticException>(() => slow.PullAsync(folder, options, CancellationToken.None));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(EngineDiagnostics.PullFailedId, diagnostic.Id);
        Assert.Contains($"pull of {TestEngineProvisioner.RegistryAddress}/{local} ", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains($"registry {TestEngineProvisioner.RegistryAddress} failed after 1 attempt(s): ", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("not found", diagnostic.Message, StringComparison.OrdinalIgnoreCase);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"a missing image is not transient, yet the pull took {clock.Elapsed}");
        Assert.Null(await engine.Engine.InspectImageAsync(local, CancellationToken.None));
    }

    [Theory]
    [InlineData("bad host")]
    [InlineData("127.0.0.1:5000/UPPER")]
    public async Task A_registry_that_makes_no_image_reference_is_a_diagnostic_naming_it(string registry)
    {
        var folder = await engine.BuildGenericAsync(new WheelEnvironment());
        var options = new PushOptions(registry) { Roles = [ImageRoles.Run] };

        var push = await Assert.ThrowsAsync<DiagnosticException>(() => engine.Engine.PushAsync(folder, options, CancellationToken.None));
        var pull = await Assert.ThrowsAsync<DiagnosticException>(() => engine.Engine.PullAsync(folder, options, CancellationToken.None));

        Assert.Equal((EngineDiagnostics.PushFailedId, registry), (Assert.Single(push.Diagnostics).Id, push.Diagnostics[0].Value));
        Assert.Equal((EngineDiagnostics.PullFailedId, registry), (Assert.Single(pull.Diagnostics).Id, pull.Diagnostics[0].Value));
        Assert.Contains($"registry {registry} cannot hold ", push.Diagnostics[0].Message, StringComparison.Ordinal);
    }
}
