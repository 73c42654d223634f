using ContainerKit.Definitions;

namespace ContainerKit.Tests.Definitions;

/// <summary>The one image-reference parser: registry, path, tag and digest, and the forms the engine needs.</summary>
public sealed class ImageReferenceTests
{
    private const string Sha = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    [Theory]
    [InlineData("debian", null, "debian", null, null)]
    [InlineData("debian:bookworm-slim", null, "debian", "bookworm-slim", null)]
    [InlineData("nvcr.io/nvidia/pytorch:24.07-py3", "nvcr.io", "nvidia/pytorch", "24.07-py3", null)]
    [InlineData("host:5000/x:tag", "host:5000", "x", "tag", null)]
    [InlineData("host:5000/x", "host:5000", "x", null, null)]
    [InlineData("localhost/team/x", "localhost", "team/x", null, null)]
    [InlineData("127.0.0.1:5000/ns/containerkit-it/it-wheel:amd64-cpu-run-latest-root", "127.0.0.1:5000", "ns/containerkit-it/it-wheel", "amd64-cpu-run-latest-root", null)]
    [InlineData("name@" + Sha, null, "name", null, Sha)]
    [InlineData("x:tag@" + Sha, null, "x", "tag", Sha)]
    [InlineData("host:5000/x:tag@" + Sha, "host:5000", "x", "tag", Sha)]
    public void Parts_are_split_by_the_grammar_not_by_the_last_colon(string text, string? registry, string path, string? tag, string? digest)
    {
        var reference = ImageReference.Parse(text);

        Assert.Equal((registry, path, tag, digest), (reference.Registry, reference.Path, reference.Tag, reference.Digest));
        Assert.Equal(text, reference.ToString());
    }

    [Theory]
    [InlineData("name@" + Sha, "name", null)]
    [InlineData("host:5000/x:tag", "host:5000/x", "tag")]
    [InlineData("host:5000/x", "host:5000/x", "latest")]
    [InlineData("x:tag@" + Sha, "x", "tag")]
    [InlineData("team/x", "team/x", "latest")]
    public void The_engine_gets_the_repository_and_the_tag_latest_only_when_nothing_pins_it(string text, string repository, string? tag)
    {
        var reference = ImageReference.Parse(text);

        Assert.Equal((repository, tag), (reference.Repository, reference.EngineTag));
    }

    [Theory]
    [InlineData("team/x:tag", "127.0.0.1:5000", "127.0.0.1:5000/team/x:tag", "127.0.0.1:5000")]
    [InlineData("x@" + Sha, "host:5000", "host:5000/x@" + Sha, "host:5000")]
    [InlineData("x:tag", "host:5000/mirror", "host:5000/mirror/x:tag", "host:5000")]
    public void A_reference_placed_under_a_registry_keeps_its_path_tag_and_digest(string text, string registry, string expected, string host)
    {
        var moved = ImageReference.Parse(text).InRegistry(registry);

        Assert.Equal((expected, host), (moved.ToString(), moved.Registry));
    }

    [Theory]
    [InlineData("debian", "docker.io")]
    [InlineData("library/debian:12", "docker.io")]
    [InlineData("ghcr.io/x:1", "ghcr.io")]
    public void Without_a_registry_part_the_default_registry_is_meant(string text, string registry)
    {
        Assert.Equal(registry, ImageReference.Parse(text).RegistryOrDefault);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Upper/case")]
    [InlineData("x:tag:more")]
    [InlineData("x:")]
    [InlineData("x@sha256:short")]
    [InlineData("x y")]
    public void Text_outside_the_grammar_is_refused(string text)
    {
        Assert.Null(ImageReference.TryParse(text));
        var error = Assert.Throws<FormatException>(() => ImageReference.Parse(text));
        Assert.Contains($"'{text}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_registry_that_makes_no_reference_is_refused()
    {
        Assert.Throws<FormatException>(() => ImageReference.Parse("x:tag").InRegistry("bad host"));
    }
}
