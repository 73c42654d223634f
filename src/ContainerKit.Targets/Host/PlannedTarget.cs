namespace ContainerKit.Targets.Host;

/// <summary>One step of an <see cref="ExecutionPlan"/>.</summary>
/// <param name="Node">The target.</param>
/// <param name="SkipReason">Why it will be skipped, or null when it will run.</param>
internal sealed record PlannedTarget(TargetNode Node, string? SkipReason);
