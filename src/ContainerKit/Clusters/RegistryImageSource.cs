namespace ContainerKit.Clusters;

/// <summary>The image as pushed to a registry by <c>PushGeneric</c>/<c>PushUser --registry &lt;address&gt;</c>.</summary>
/// <param name="Address">The registry, <c>host[:port][/namespace]</c>.</param>
public sealed record RegistryImageSource(string Address) : SlurmImageSource;
