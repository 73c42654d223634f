namespace ContainerKit.Targets.Host;

/// <summary>A discovered target with its definition and resolved relations (by name).</summary>
internal sealed class TargetNode(string name, int index, TargetDefinition definition)
{
    public string Name { get; } = name;

    /// <summary>Declaration order (base classes first); the tie-breaker for a stable plan.</summary>
    public int Index { get; } = index;

    public TargetDefinition Definition { get; } = definition;
    public List<TargetNode> Dependencies { get; } = [];
    public List<TargetNode> RunsBefore { get; } = [];
    public List<TargetNode> RunsAfter { get; } = [];
    public List<TargetNode> Triggers { get; } = [];

    public override string ToString() => Name;
}
