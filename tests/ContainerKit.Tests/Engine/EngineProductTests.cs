using System.Text.Json;
using ContainerKit.Docker.Connection;

namespace ContainerKit.Tests.Engine;

/// <summary>Docker and Podman told apart by their <c>/version</c> answers (shapes as Debian's docker.io 20.10 and podman 4.3.1 send them).</summary>
public sealed class EngineProductTests
{
    [Fact]
    public void Podmans_API_is_recognised_by_its_engine_component()
    {
        const string version = """
            {"Platform":{"Name":"linux/amd64/debian-12"},
             "Components":[{"Name":"Podman Engine","Version":"4.3.1","Details":{"APIVersion":"4.3.1","MinAPIVersion":"4.0.0","Os":"linux"}},
                           {"Name":"Conmon","Version":"conmon version 2.1.6, commit: unknown","Details":{}}],
             "Version":"4.3.1","ApiVersion":"1.41","MinAPIVersion":"1.24"}
            """;

        Assert.Equal(new EngineProduct("Podman Engine", "4.3.1", IsPodman: true), EngineProduct.Parse(JsonDocument.Parse(version).RootElement));
    }

    [Fact]
    public void Podman_named_only_in_the_platform_is_recognised_too()
    {
        const string version = """{"Platform":{"Name":"Podman Engine"},"Components":[],"Version":"5.0.0"}""";

        Assert.True(EngineProduct.Parse(JsonDocument.Parse(version).RootElement).IsPodman);
    }

    [Fact]
    public void Dockers_engine_is_not_podman()
    {
        const string version = """
            {"Platform":{"Name":""},
             "Components":[{"Name":"Engine","Version":"20.10.24+dfsg1","Details":{"ApiVersion":"1.41","Os":"linux"}},
                           {"Name":"containerd","Version":"1.6.20~ds1","Details":{}},{"Name":"runc","Version":"1.1.5+ds1","Details":{}}],
             "Version":"20.10.24+dfsg1","ApiVersion":"1.41"}
            """;

        Assert.Equal(new EngineProduct("Engine", "20.10.24+dfsg1", IsPodman: false), EngineProduct.Parse(JsonDocument.Parse(version).RootElement));
    }
}
