namespace ContainerKit.Rendering;

/// <summary>A tag of a local image, as the engine lists it.</summary>
/// <param name="Reference">The full reference, e.g. <c>lab/project:amd64-cpu-run-1a2b3c4-root</c>.</param>
/// <param name="Created">When the tagged image was created.</param>
public sealed record LocalTag(string Reference, DateTimeOffset Created);
