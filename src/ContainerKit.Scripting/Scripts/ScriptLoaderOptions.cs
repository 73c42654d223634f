using System.Reflection;

namespace ContainerKit.Scripting.Scripts;

/// <summary>Settings of a <see cref="ScriptDefinitionLoader{T}"/>.</summary>
/// <param name="CacheDirectory">Where compiled scripts are kept, e.g. <c>.nuke/temp/scripts</c>.</param>
public sealed record ScriptLoaderOptions(string CacheDirectory)
{
    /// <summary>Assemblies scripts may use besides the framework and the assembly of the base type.</summary>
    public IReadOnlyList<Assembly> AdditionalReferences { get; init; } = [];

    /// <summary>Namespaces imported by every script besides the framework basics and those of the referenced ContainerKit assemblies.</summary>
    public IReadOnlyList<string> AdditionalImports { get; init; } = [];

    /// <summary>When set, class definitions are compiled by a warm background compiler server (see <see cref="Server.CompilerServer"/>).</summary>
    public Server.CompilerServerOptions? CompilerServer { get; init; }
}
