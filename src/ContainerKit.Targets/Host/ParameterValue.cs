namespace ContainerKit.Targets.Host;

/// <summary>The raw (unconverted) values found for a parameter and where they came from.</summary>
/// <param name="Member">The parameter.</param>
/// <param name="Values">Raw values; empty for a bare flag such as <c>--force</c>.</param>
/// <param name="Source">Which source won.</param>
/// <param name="Origin">Human-readable origin, e.g. <c>environment variable REGISTRY</c>.</param>
internal sealed record ParameterValue(ParameterMember Member, IReadOnlyList<string> Values, ParameterSource Source, string Origin);
