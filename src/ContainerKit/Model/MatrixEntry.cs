namespace ContainerKit.Model;

/// <summary>One cell of the platform x acceleration matrix, e.g. <c>amd64-cuda</c>.</summary>
public sealed record MatrixEntry(Platform Platform, Acceleration Acceleration)
{
    /// <summary>Lower-case platform name as Docker spells it (<c>amd64</c>).</summary>
    public string PlatformName => Platform.ToString().ToLowerInvariant();

    /// <summary>The acceleration's name (<c>cpu</c>, <c>cuda</c>, <c>cu124</c>).</summary>
    public string AccelerationName => Acceleration.Name;

    /// <summary>The OCI platform string passed to the engine (<c>linux/amd64</c>).</summary>
    public string OciPlatform => $"linux/{PlatformName}";

    /// <summary>The folder and tag prefix of this entry: <c>amd64-cuda</c>.</summary>
    public string Key => $"{PlatformName}-{AccelerationName}";

    /// <inheritdoc />
    public override string ToString() => Key;
}
