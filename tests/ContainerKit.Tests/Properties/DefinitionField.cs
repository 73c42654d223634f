using ContainerKit.Definitions;

namespace ContainerKit.Tests.Properties;

/// <summary>
/// One string a definition can carry, as the property tests vary it: a definition with the value in that place,
/// a placeholder the field accepts (the baseline) and a few accepted values to wrap hostile text around.
/// </summary>
/// <param name="Name">Where the value goes, e.g. <c>RuntimeApt item</c>.</param>
/// <param name="Placeholder">An accepted value that appears nowhere else in the rendered files.</param>
/// <param name="Valid">Accepted values the generator starts from.</param>
/// <param name="Build">The definition holding a value.</param>
public sealed record DefinitionField(string Name, string Placeholder, IReadOnlyList<string> Valid, Func<string, EnvironmentDefinition> Build)
{
    /// <summary>The text the renderer is meant to write for a value (e.g. a requirement trimmed); the value itself by default.</summary>
    public Func<string, string> Intended { get; init; } = value => value;

    /// <summary>
    /// For an escape-hatch instruction: the instruction holding a value. Its line is the author's own, so the
    /// property asks for exactly that one instruction in its place and nothing else changed, not for literal words.
    /// </summary>
    public Func<string, Instruction>? Instruction { get; init; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
