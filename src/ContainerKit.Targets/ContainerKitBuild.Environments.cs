using System.Reflection;
using ContainerKit.Definitions;
using ContainerKit.Scripting.Scripts;
using ContainerKit.Scripting.Server;
using ContainerKit.Targets.Host;

namespace ContainerKit.Targets;

/// <summary>Where the environment definitions come from: the build project's classes, or a <c>*.env.csx</c> script.</summary>
public abstract partial class ContainerKitBuild
{
    /// <summary>File suffix of script definitions.</summary>
    public const string ScriptDefinitionSuffix = ".env.csx";

    /// <summary>Where definition classes live, relative to the root directory: compiled at run time, not by MSBuild.</summary>
    public const string EnvironmentsFolder = "build/Environments";

    /// <summary>
    /// Every environment definition this build acts on, before the <c>--environment</c> filter:
    /// the definitions of <c>--definition x.env.csx</c> when given, otherwise every concrete
    /// <see cref="EnvironmentDefinition"/> class of <see cref="DefinitionFolders"/> (compiled in process,
    /// cached by content hash) and of the build assembly (a class of the same full name in both counts once,
    /// from the folder).
    /// </summary>
    protected virtual IReadOnlyList<EnvironmentDefinition> LoadEnvironments()
    {
        if (IsScriptDefinition)
        {
            return ScriptLoader().Load(Path.GetFullPath(Definition!, RootDirectory));
        }

        var loader = DefinitionLoader();
        var loaded = loader.Load(DefinitionFolders.Select(f => Path.GetFullPath(f, RootDirectory)));
        if (loader.CompilationCount > 0 && Verbosity >= Verbosity.Verbose)
        {
            Output.WriteLine($"definitions of {string.Join(", ", DefinitionFolders)} compiled {(loader.LastCompiledByServer ? "by the warm compiler server" : "in this process")}");
        }

        var names = loaded.Select(d => d.GetType().FullName).ToHashSet(StringComparer.Ordinal);
        return DefinitionsIn(GetType().Assembly).Where(d => !names.Contains(d.GetType().FullName))
            .Concat(loaded)
            .OrderBy(d => d.GetType().FullName, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Folders (relative to the root directory) whose <c>*.cs</c> files are environment definitions compiled
    /// at run time; by convention <see cref="EnvironmentsFolder"/>. The build project leaves them out of its
    /// own compilation and <c>build.sh</c> out of its content stamp, so editing them costs no MSBuild run.
    /// </summary>
    protected virtual IReadOnlyList<string> DefinitionFolders => [EnvironmentsFolder];

    /// <summary>The loader of <see cref="DefinitionFolders"/>, caching compiled definitions under <c>.nuke/temp/definitions</c>.</summary>
    protected ClassDefinitionLoader<EnvironmentDefinition> DefinitionLoader() =>
        new(new ScriptLoaderOptions(Path.Combine(RootDirectory, ".nuke", "temp", "definitions")) { CompilerServer = CompilerServerOptions() });

    /// <summary>
    /// The warm compiler server's settings: on by default when this is the build process started by
    /// <c>build.sh</c>/<c>build.ps1</c>, off under <c>CI=true</c> (nothing is edited there), and as <c>--compiler-server</c> says.
    /// </summary>
    private CompilerServerOptions? CompilerServerOptions()
    {
        var wanted = CompilerServer ?? !(EnvironmentVariables.TryGetValue("CI", out var ci) && ci.Equals("true", StringComparison.OrdinalIgnoreCase));
        return wanted && BuildProcess.Command is { } command ? new CompilerServerOptions(command) : null;
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
