namespace ContainerKit.Rendering;

/// <summary>Which environments and matrix entries to act on; an empty list means all.</summary>
/// <param name="Environments">Environment names or definition class names.</param>
/// <param name="Platforms">Platform names (amd64, arm64).</param>
/// <param name="Accelerations">Acceleration names as the matrices declare them (cpu, cuda, cu124).</param>
public sealed record RenderSelection(IReadOnlyList<string> Environments, IReadOnlyList<string> Platforms, IReadOnlyList<string> Accelerations)
{
    /// <summary>Everything.</summary>
    public static RenderSelection All { get; } = new([], [], []);
}
