namespace ContainerKit.Definitions;

/// <summary>
/// Where a <see cref="Mount"/> comes from: a host path (relative to the project root, or absolute) or a named volume
/// of the engine. A string converts to a host path: <c>Mount.Dataset("data/imagenet", "/data")</c>.
/// </summary>
/// <param name="Value">The host path or the volume name.</param>
/// <param name="IsVolume">True for a named volume.</param>
public sealed record MountSource(string Value, bool IsVolume)
{
    /// <summary>A host path, relative to the project root (the folder holding <c>build.sh</c>) or absolute.</summary>
    public static MountSource HostPath(string path) => new(path, IsVolume: false);

    /// <summary>A named volume of the engine, created by it on first use (e.g. a cache).</summary>
    public static MountSource Volume(string name) => new(name, IsVolume: true);

    /// <summary>A host path.</summary>
    public static implicit operator MountSource(string path) => HostPath(path);

    /// <inheritdoc />
    public override string ToString() => IsVolume ? $"volume {Value}" : Value;
}
