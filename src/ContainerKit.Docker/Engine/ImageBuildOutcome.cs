namespace ContainerKit.Docker.Engine;

/// <summary>The result of building (or skipping) one image of an entry.</summary>
/// <param name="Role">The manifest role, e.g. <c>run</c>.</param>
/// <param name="ImageId">The image id (<c>sha256:...</c>).</param>
/// <param name="Tags">The full references the image was tagged with.</param>
/// <param name="Skipped">True when the tagged image already carried the same content hash and no build ran.</param>
/// <param name="Duration">Wall time spent on this image.</param>
public sealed record ImageBuildOutcome(string Role, string ImageId, IReadOnlyList<string> Tags, bool Skipped, TimeSpan Duration);
