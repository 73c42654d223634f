namespace ContainerKit.Docker.BuildKit;

/// <summary>Output of a vertex: <paramref name="Stream"/> 1 is stdout, 2 stderr.</summary>
public sealed record VertexLog(string Vertex, DateTimeOffset? Timestamp, long Stream, byte[] Message);
