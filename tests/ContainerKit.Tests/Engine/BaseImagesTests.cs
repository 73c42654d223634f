using ContainerKit.Docker.Building;

namespace ContainerKit.Tests.Engine;

/// <summary>The images a build pulls: external FROMs only, each once.</summary>
public sealed class BaseImagesTests
{
    [Fact]
    public void Stages_scratch_and_arg_references_are_not_base_images()
    {
        const string dockerfile = """
            ARG GIT_IMAGE=alpine/git:2.40
            FROM 127.0.0.1:5000/lab/base:1 AS base
            FROM base AS python-env
            FROM ${GIT_IMAGE} AS git
            FROM scratch AS empty
            FROM debian:bookworm-slim AS tools
            FROM 127.0.0.1:5000/lab/base:1 AS again
            FROM BASE AS runtime-generic
            """;

        Assert.Equal(["127.0.0.1:5000/lab/base:1", "debian:bookworm-slim"], BaseImages.Of(dockerfile));
    }
}
