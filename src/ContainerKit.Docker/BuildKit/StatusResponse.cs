namespace ContainerKit.Docker.BuildKit;

/// <summary>The parts of <c>moby.buildkit.v1.StatusResponse</c> ContainerKit reads.</summary>
public sealed record StatusResponse(IReadOnlyList<Vertex> Vertexes, IReadOnlyList<VertexStatus> Statuses, IReadOnlyList<VertexLog> Logs);
