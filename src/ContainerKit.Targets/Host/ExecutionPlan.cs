using ContainerKit.Diagnostics;

namespace ContainerKit.Targets.Host;

/// <summary>The ordered targets for a request: the requested ones, their dependencies and triggered targets.</summary>
internal sealed class ExecutionPlan
{
    private ExecutionPlan(IReadOnlyList<PlannedTarget> steps, IReadOnlyList<TargetNode> requested)
    {
        Steps = steps;
        Requested = requested;
    }

    public IReadOnlyList<PlannedTarget> Steps { get; }
    public IReadOnlyList<TargetNode> Requested { get; }

    /// <summary>Orders the closure of <paramref name="requestedNames"/>; <paramref name="skip"/> as for <c>--skip</c>.</summary>
    public static ExecutionPlan Create(TargetGraph graph, IReadOnlyList<string> requestedNames, IReadOnlyList<string>? skip)
    {
        var requested = requestedNames.Select(name => Lookup(graph, name)).Distinct().ToList();
        var skipped = skip?.Select(name => Lookup(graph, name)).ToHashSet();

        // Natural order: depth-first, dependencies before the target, triggered targets after it.
        var natural = new List<TargetNode>();
        void Visit(TargetNode node)
        {
            if (natural.Contains(node))
            {
                return;
            }
            foreach (var dependency in node.Dependencies)
            {
                Visit(dependency);
            }
            if (!natural.Contains(node))
            {
                natural.Add(node);
            }
            foreach (var triggered in node.Triggers)
            {
                Visit(triggered);
            }
        }
        requested.ForEach(Visit);

        // Stable topological order honouring Before/After too; the graph is known to be acyclic.
        var ordered = new List<TargetNode>();
        var remaining = natural.ToList();
        while (remaining.Count > 0)
        {
            var next = remaining.First(n => TargetGraph.Predecessors(n, natural).All(ordered.Contains));
            ordered.Add(next);
            remaining.Remove(next);
        }
        var steps = ordered.Select(node => new PlannedTarget(node, SkipReason(node, requested, skipped))).ToList();
        return new ExecutionPlan(steps, requested);
    }

    private static string? SkipReason(TargetNode node, List<TargetNode> requested, HashSet<TargetNode>? skipped)
    {
        if (skipped is not null && (skipped.Contains(node) || (skipped.Count == 0 && !requested.Contains(node))))
        {
            return "--skip";
        }
        return node.Definition.StaticConditions.All(condition => condition()) ? null : "condition is false";
    }

    private static TargetNode Lookup(TargetGraph graph, string name) =>
        graph.ByName.TryGetValue(name, out var node)
            ? node
            : throw new UsageException($"Unknown target '{name}'.{DidYouMean.Suffix(name, graph.Nodes.Select(n => n.Name))} Run with --help to list targets.");
}
