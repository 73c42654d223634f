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
        return IsScriptDefinition
            ? ScriptLoader().Load(Path.GetFullPath(Definition!, RootDirectory))
            : DefinitionsIn(GetType().Assembly);
    }

    /// <summary>True when <c>--definition</c> names a <c>*.env.csx</c> script.</summary>
    protected bool IsScriptDefinition => Definition is not null && Definition.EndsWith(ScriptDefinitionSuffix, StringComparison.Ordinal);

    /// <summary>The script loader, caching compiled scripts under <c>.nuke/temp/scripts</c>.</summary>
    protected ScriptDefinitionLoader<EnvironmentDefinition> ScriptLoader() =>
        new(new ScriptLoaderOptions(Path.Combine(RootDirectory, ".nuke", "temp", "scripts")));

    /// <summary>Instances of the concrete definition classes of <paramref name="assembly"/>, ordered by name.</summary>
    protected static IReadOnlyList<EnvironmentDefinition> DefinitionsIn(Assembly assembly) =>
        assembly.GetTypes()
            .Where(t => typeof(EnvironmentDefinition).IsAssignableFrom(t) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (EnvironmentDefinition)Activator.CreateInstance(t)!)
            .ToList();
}
