namespace ContainerKit.Rendering;

/// <summary>A tag <see cref="TagCleanup"/> removes, and why.</summary>
/// <param name="Reference">The full reference.</param>
/// <param name="Reason"><c>dirty</c>, <c>debug stage</c> or <c>old revision</c>.</param>
public sealed record StaleTag(string Reference, string Reason);
