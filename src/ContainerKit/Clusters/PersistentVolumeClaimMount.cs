namespace ContainerKit.Clusters;

/// <summary>A persistent volume claim of a Kubernetes cluster mounted into the job's container.</summary>
/// <param name="ClaimName">The claim's name (DNS-1123).</param>
/// <param name="MountPath">The absolute path inside the container.</param>
/// <param name="ReadOnly">Mount it read-only.</param>
public sealed record PersistentVolumeClaimMount(string ClaimName, string MountPath, bool ReadOnly = false);
