using ContainerKit.Scripting.Rewriting;

namespace ContainerKit.Scripting.Freezing;

/// <summary>What <c>FreezeEnv</c> writes back for one environment.</summary>
/// <param name="ClassNames">The definition class and its own base classes: where the pinned literals live.</param>
/// <param name="Pins">The inline lists to pin (apply with <see cref="PinRewriter"/>).</param>
/// <param name="Files">Dependency files the definition reads (path relative to the repository root) with their frozen text.</param>
/// <param name="Warnings">What was left unpinned, and why.</param>
public sealed record FreezePlan(
    IReadOnlySet<string> ClassNames,
    IReadOnlyList<PinTarget> Pins,
    IReadOnlyDictionary<string, string> Files,
    IReadOnlyList<string> Warnings);
