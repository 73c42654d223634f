namespace ContainerKit.Targets.Host;

/// <summary>Where a parameter value came from, highest precedence first.</summary>
public enum ParameterSource
{
    /// <summary><c>--kebab-case-name value</c>.</summary>
    CommandLine,
    /// <summary><c>CONTAINERKIT_NAME</c> (never the unprefixed <c>NAME</c>).</summary>
    Environment,
    /// <summary><c>.nuke/parameters.json</c>.</summary>
    ParametersFile,
    /// <summary>The member's initial value in the build class.</summary>
    Default,
}
