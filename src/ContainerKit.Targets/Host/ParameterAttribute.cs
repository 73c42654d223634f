namespace ContainerKit.Targets.Host;

/// <summary>
/// Marks a field or property as a build parameter, set from the command line
/// (<c>--kebab-case-name</c>), the environment (<c>NAME</c> or <c>CONTAINERKIT_NAME</c>) or
/// <c>.nuke/parameters.json</c>, in that precedence.
/// </summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property)]
public sealed class ParameterAttribute : Attribute
{
    /// <summary>Creates the attribute with the description shown by <c>--help</c>.</summary>
    public ParameterAttribute(string? description = null)
    {
        Description = description;
    }

    /// <summary>The description shown by <c>--help</c>.</summary>
    public string? Description { get; }

    /// <summary>Overrides the kebab-case name derived from the member name (e.g. <c>"env"</c>).</summary>
    public string? Name { get; set; }
}
