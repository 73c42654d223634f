namespace ContainerKit.Targets.Host;

/// <summary>Marks a parameter whose value is never printed (shown as <c>***</c>).</summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property)]
public sealed class SecretAttribute : Attribute;
