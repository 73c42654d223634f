namespace ContainerKit.Docker.BuildKit;

/// <summary>A BuildKit vertex (one build step) as reported in a <c>StatusResponse</c>.</summary>
public sealed record Vertex(string Digest, IReadOnlyList<string> Inputs, string Name, bool Cached, DateTimeOffset? Started, DateTimeOffset? Completed, string? Error);
