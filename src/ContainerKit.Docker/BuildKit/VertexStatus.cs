namespace ContainerKit.Docker.BuildKit;

/// <summary>Progress of a sub-task of a vertex (a download, an export).</summary>
public sealed record VertexStatus(string Id, string Vertex, string Name, long Current, long Total, DateTimeOffset? Timestamp, DateTimeOffset? Started, DateTimeOffset? Completed);
