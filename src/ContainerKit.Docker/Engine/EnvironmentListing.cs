namespace ContainerKit.Docker.Engine;

/// <summary>Package listings from inside an image; a listing is null when its tool is absent.</summary>
public sealed record EnvironmentListing(string? Dpkg, string? Pip, string? Conda);
