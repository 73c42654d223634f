using System.Reflection;

namespace ContainerKit.Targets.Host;

/// <summary>All targets of a build instance and the relations between them.</summary>
internal sealed class TargetGraph
{
    private TargetGraph(IReadOnlyList<TargetNode> nodes)
    {
        Nodes = nodes;
        ByName = nodes.ToDictionary(n => n.Name, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<TargetNode> Nodes { get; }
    public IReadOnlyDictionary<string, TargetNode> ByName { get; }

    /// <summary>Reads every <see cref="Target"/> property (inherited too) and checks for cycles.</summary>
    public static TargetGraph Create(object build)
    {
        var properties = TargetProperties(build.GetType());
        var delegates = properties.Select(p => (Name: p.Name, Target: (Target)p.GetValue(build)!)).ToList();
        var nodes = delegates.Select((d, i) => new TargetNode(d.Name, i, (TargetDefinition)d.Target(new TargetDefinition()))).ToList();

        TargetNode Find(Target target, TargetNode owner)
        {
            var index = delegates.FindIndex(d => d.Target.Equals(target) || d.Target.Method == target.Method);
            return index >= 0 ? nodes[index] : throw new UsageException($"Target {owner.Name} refers to a target that is not a Target property of {build.GetType().Name}.");
        }

        foreach (var node in nodes)
        {
            var definition = node.Definition;
            node.Dependencies.AddRange(definition.Dependencies.Select(t => Find(t, node)));
            node.RunsBefore.AddRange(definition.RunsBefore.Select(t => Find(t, node)));
            node.RunsAfter.AddRange(definition.RunsAfter.Select(t => Find(t, node)));
            node.Triggers.AddRange(definition.Triggered.Select(t => Find(t, node)));
        }
        var graph = new TargetGraph(nodes);
        graph.ThrowOnCycle();
        return graph;
    }

    /// <summary>Names of the <see cref="Target"/> properties of <paramref name="buildType"/>, base classes first.</summary>
    public static IReadOnlyList<PropertyInfo> TargetProperties(Type buildType)
    {
        var chain = new List<Type>();
        for (var type = buildType; type is not null && type != typeof(object); type = type.BaseType)
        {
            chain.Insert(0, type);
        }
        const BindingFlags flags = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<PropertyInfo>();
        foreach (var type in chain)
        {
            foreach (var property in type.GetProperties(flags).Where(p => p.PropertyType == typeof(Target) && p.GetIndexParameters().Length == 0))
            {
                // An override in a derived class keeps its base position; the getter is virtual anyway.
                if (seen.Add(property.Name))
                {
                    result.Add(property);
                }
            }
        }
        return result;
    }

    /// <summary>Targets among <paramref name="scope"/> that must run before <paramref name="node"/>.</summary>
    public static IEnumerable<TargetNode> Predecessors(TargetNode node, IEnumerable<TargetNode> scope)
    {
        var inScope = scope as ICollection<TargetNode> ?? scope.ToList();
        return node.Dependencies.Concat(node.RunsAfter)
            .Concat(inScope.Where(o => o.RunsBefore.Contains(node) || o.Triggers.Contains(node)))
            .Where(inScope.Contains)
            .Distinct();
    }

    private void ThrowOnCycle()
    {
        // Edges point from a target to the targets that must run before it.
        var predecessors = Nodes.ToDictionary(n => n, n => Predecessors(n, Nodes).ToList());
        var state = new Dictionary<TargetNode, int>();
        var stack = new List<TargetNode>();

        void Visit(TargetNode node)
        {
            state[node] = 1;
            stack.Add(node);
            foreach (var previous in predecessors[node])
            {
                if (state.GetValueOrDefault(previous) == 1)
                {
                    var cycle = stack.Skip(stack.IndexOf(previous)).Append(previous).Select(n => n.Name);
                    throw new UsageException($"Target dependency cycle: {string.Join(" -> ", cycle)}.");
                }
                if (state.GetValueOrDefault(previous) == 0)
                {
                    Visit(previous);
                }
            }
            stack.RemoveAt(stack.Count - 1);
            state[node] = 2;
        }

        foreach (var node in Nodes.Where(n => state.GetValueOrDefault(n) == 0))
        {
            Visit(node);
        }
    }
}
