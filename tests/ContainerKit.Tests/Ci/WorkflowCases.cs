using ContainerKit.Ci;
using ContainerKit.Definitions;
using Environments;
using YamlDotNet.RepresentationModel;

namespace ContainerKit.Tests.Ci;

/// <summary>The workflow of the example environments (build/Environments), and reading a workflow back.</summary>
internal static class WorkflowCases
{
    /// <summary>Every matrix entry of the example environments.</summary>
    public static IReadOnlyList<WorkflowEntry> ExampleEntries() =>
        new EnvironmentDefinition[] { new ResearchEnvironment(), new CondaResearchEnvironment() }
            .SelectMany(d => d.Matrix.Expand().Select(e => new WorkflowEntry(d.Name, e)))
            .ToList();

    /// <summary>The settings GenerateCi uses in ContainerKit's own repository: its tests and the package publishing.</summary>
    public static WorkflowSettings SelfSettings { get; } = new() { ContainerKitTests = true, PublishPackages = true };

    /// <summary>The workflow of the example environments in ContainerKit's own repository (otherwise the default settings).</summary>
    public static string ExampleWorkflow() => ContainersWorkflow.Render(ExampleEntries(), SelfSettings);

    /// <summary>The root mapping of <paramref name="yaml"/>.</summary>
    public static YamlMappingNode Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return (YamlMappingNode)Assert.Single(stream.Documents).RootNode;
    }

    /// <summary>The mapping under <paramref name="key"/>.</summary>
    public static YamlMappingNode Map(this YamlNode node, string key) => Assert.IsType<YamlMappingNode>(((YamlMappingNode)node)[key]);

    /// <summary>The sequence under <paramref name="key"/>.</summary>
    public static YamlSequenceNode List(this YamlNode node, string key) => Assert.IsType<YamlSequenceNode>(((YamlMappingNode)node)[key]);

    /// <summary>The scalar text under <paramref name="key"/>.</summary>
    public static string? Text(this YamlNode node, string key) => Assert.IsType<YamlScalarNode>(((YamlMappingNode)node)[key]).Value;

    /// <summary>The keys of a mapping, in document order.</summary>
    public static List<string?> Keys(this YamlMappingNode node) => node.Children.Keys.Select(k => ((YamlScalarNode)k).Value).ToList();
}
