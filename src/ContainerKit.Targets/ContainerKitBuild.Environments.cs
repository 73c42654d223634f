using System.Reflection;
using ContainerKit.Definitions;
using ContainerKit.Scripting.Scripts;

namespace ContainerKit.Targets;

/// <summary>Where the environment definitions come from: the build project's classes, or a <c>*.env.csx</c> script.</summary>
public abstract partial class ContainerKitBuild
{
    /// <summary>File suffix of script definitions.</summary>
    public const string ScriptDefinitionSuffix = ".env.csx";

    /// <summary>
    /// Every environment definition this build acts on, before the <c>--environment</c> filter:
    /// the definitions of <c>--definition x.env.csx</c> when given, otherwise every concrete
    /// <see cref="EnvironmentDefinition"/> class of the build assembly.
    /// </summary>
    protected virtual IReadOnlyList<EnvironmentDefinition> LoadEnvironments()
    {
        if (Definition is not null && Definition.EndsWith(ScriptDefinitionSuffix, StringComparison.Ordinal))
        {
            var loader = new ScriptDefinitionLoader<EnvironmentDefinition>(
                new ScriptLoaderOptions(Path.Combine(RootDirectory, ".nuke", "temp", "scripts")));
            return loader.Load(Path.GetFullPath(Definition, RootDirectory));
        }

        return DefinitionsIn(GetType().Assembly);
    }

    /// <summary>Instances of the concrete definition classes of <paramref name="assembly"/>, ordered by name.</summary>
    protected static IReadOnlyList<EnvironmentDefinition> DefinitionsIn(Assembly assembly) =>
        assembly.GetTypes()
            .Where(t => typeof(EnvironmentDefinition).IsAssignableFrom(t) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (EnvironmentDefinition)Activator.CreateInstance(t)!)
            .ToList();
}
