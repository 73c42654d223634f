namespace ContainerKit.Entrypoints;

/// <summary>How ContainerKit's entrypoint chains the base image's own entrypoint.</summary>
public enum BaseEntrypointMode
{
    /// <summary>Run it as a program that ends with <c>exec "$@"</c> (e.g. NGC's nvidia_entrypoint.sh).</summary>
    Exec,
    /// <summary>Source it into ContainerKit's shell, so the environment it sets up is kept.</summary>
    Source,
}
