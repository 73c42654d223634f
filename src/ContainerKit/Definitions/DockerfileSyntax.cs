namespace ContainerKit.Definitions;

/// <summary>Which Dockerfile syntax level is rendered (DESIGN "Dockerfile syntax level").</summary>
public enum DockerfileSyntax
{
    /// <summary>What the built-in BuildKit frontend of Docker 20.10 supports: no <c># syntax=</c> line, no <c>COPY --link</c>, no heredocs.</summary>
    Portable,
    /// <summary>Adds <c># syntax=docker/dockerfile:1</c>; needs a daemon that can pull the frontend image.</summary>
    Dockerfile1,
}
