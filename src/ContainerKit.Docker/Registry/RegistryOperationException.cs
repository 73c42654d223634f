namespace ContainerKit.Docker.Registry;

/// <summary>A push or pull error reported by the daemon; turned into a CK3003/CK3004 diagnostic after retries.</summary>
public sealed class RegistryOperationException(string message) : Exception(message);
