namespace ContainerKit.Targets.Host;

/// <summary>Invalid command line, parameter value or target graph: printed without a stack trace, exit 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
