namespace ContainerKit.Clusters;

/// <summary>The image as tagged in the node's local Docker daemon.</summary>
public sealed record LocalDaemonImageSource : SlurmImageSource;
