namespace ContainerKit.Docker.Kubernetes;

/// <summary>One Job of the project as <c>Jobs</c> lists it.</summary>
/// <param name="Name">The Job's name.</param>
/// <param name="State"><c>Complete</c>, <c>Failed</c>, <c>Suspended</c>, <c>Running</c> or <c>Pending</c>.</param>
public sealed record KubernetesJobState(string Name, string State);
