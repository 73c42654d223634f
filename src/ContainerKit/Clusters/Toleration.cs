namespace ContainerKit.Clusters;

/// <summary>A pod toleration (Kubernetes <c>core/v1 Toleration</c>).</summary>
/// <param name="Key">The taint key, or null with <paramref name="Operator"/> <c>Exists</c> to tolerate every taint.</param>
/// <param name="Operator"><c>Equal</c> or <c>Exists</c>.</param>
/// <param name="Value">The taint value for <c>Equal</c>.</param>
/// <param name="Effect"><c>NoSchedule</c>, <c>PreferNoSchedule</c>, <c>NoExecute</c>, or null for all.</param>
public sealed record Toleration(string? Key, string Operator = "Equal", string? Value = null, string? Effect = null);
