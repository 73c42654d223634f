namespace ContainerKit.Definitions;

/// <summary>
/// The conda environment of a from-scratch environment: channels, conda specs and a pip section, inline or
/// read from a template-style <c>environment.yml</c> with <see cref="FromFile"/>.
/// </summary>
public sealed record CondaEnvironment
{
    /// <summary>Channels in priority order, e.g. <c>conda-forge</c>.</summary>
    public IReadOnlyList<string> Channels { get; init; } = ["conda-forge"];

    /// <summary>The conda packages.</summary>
    public IReadOnlyList<CondaSpec> Dependencies { get; init; } = [];

    /// <summary>The pip section.</summary>
    public IReadOnlyList<PipRequirement> Pip { get; init; } = [];

    /// <summary>The <c>environment.yml</c> to read instead of the inline values (relative to the repository root, e.g. <c>dependencies/environment.yml</c>).</summary>
    public string? SourceFile { get; init; }

    /// <summary>An environment read from <paramref name="relativePath"/> when rendering.</summary>
    public static CondaEnvironment FromFile(string relativePath) => new() { SourceFile = relativePath, Channels = [] };
}
