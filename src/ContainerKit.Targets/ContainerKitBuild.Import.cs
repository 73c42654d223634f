using ContainerKit.Targets.Host;

namespace ContainerKit.Targets;

/// <summary>Import of research-template folders as C# definitions (issue 5).</summary>
public abstract partial class ContainerKitBuild
{
    /// <summary>Imports a template installation folder as a definition.</summary>
    public Target Import => _ => _
        .Description("Import a research-image template folder (--definition) as a C# definition")
        .Executes(() => Later(nameof(Import), 5));
}
