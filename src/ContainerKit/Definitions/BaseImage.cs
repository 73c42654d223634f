using ContainerKit.Entrypoints;

namespace ContainerKit.Definitions;

/// <summary>
/// The image an environment starts FROM and the entrypoint it brings, which ContainerKit's entrypoint chains:
/// <c>BaseImage.Parse("nvcr.io/nvidia/pytorch:24.07-py3").WithEntrypoint("/opt/nvidia/nvidia_entrypoint.sh")</c>.
/// </summary>
public sealed record BaseImage
{
    private BaseImage(string reference) => Reference = reference;

    /// <summary>The reference as written; checked against the OCI grammar by CK1005.</summary>
    public string Reference { get; }

    /// <summary>The base image's own entrypoint to chain, or null.</summary>
    public string? Entrypoint { get; init; }

    /// <summary>Exec or source <see cref="Entrypoint"/>.</summary>
    public BaseEntrypointMode EntrypointMode { get; init; } = BaseEntrypointMode.Exec;

    /// <summary>Wraps a reference such as <c>debian:bookworm-slim</c>; the validation pass reports a bad one.</summary>
    public static BaseImage Parse(string reference) => new(reference ?? "");

    /// <summary>Chains the base image's entrypoint at <paramref name="path"/>.</summary>
    public BaseImage WithEntrypoint(string path, BaseEntrypointMode mode = BaseEntrypointMode.Exec) =>
        this with { Entrypoint = path, EntrypointMode = mode };

    /// <inheritdoc />
    public override string ToString() => Reference;
}
