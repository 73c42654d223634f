using ContainerKit.Docker.Registry;
using ContainerKit.Rendering;

namespace ContainerKit.Tests.Emulation;

public sealed class MultiPlatformTagTests
{
    [Theory]
    [InlineData("example-lab/research-project:amd64-cpu-run-latest-root", "amd64", "example-lab/research-project:cpu-run-latest-root")]
    [InlineData("127.0.0.1:5000/ck-it-1/lab/p:arm64-cuda-dev-1a2b3c4-dirty-root", "arm64", "127.0.0.1:5000/ck-it-1/lab/p:cuda-dev-1a2b3c4-dirty-root")]
    public void The_index_tag_is_the_entry_tag_without_its_platform(string reference, string platform, string expected) =>
        Assert.Equal(expected, MultiPlatformTag.Of(reference, platform));

    [Fact]
    public void A_tag_of_another_platform_is_refused() =>
        Assert.Throws<ArgumentException>(() => MultiPlatformTag.Of("lab/p:amd64-cpu-run-latest-root", "arm64"));

    [Theory]
    [InlineData("127.0.0.1:5000", true)]
    [InlineData("localhost:5000/ns", true)]
    [InlineData("[::1]:5000", true)]
    [InlineData("ghcr.io/lab", false)]
    [InlineData("10.0.0.5:5000", false)]
    public void Loopback_registries_are_spoken_to_over_http(string registry, bool loopback) =>
        Assert.Equal(loopback, RegistryHost.IsLoopback(registry));
}
