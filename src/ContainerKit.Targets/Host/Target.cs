namespace ContainerKit.Targets.Host;

/// <summary>
/// A target, declared as a property: <c>Target Render =&gt; _ =&gt; _.Description("..").Executes(..);</c>.
/// Same shape as Nuke's <c>Target</c> delegate so a later move to Nuke.Common is mechanical.
/// </summary>
/// <param name="definition">The definition to configure.</param>
/// <returns>The configured definition.</returns>
public delegate ITargetDefinition Target(ITargetDefinition definition);
