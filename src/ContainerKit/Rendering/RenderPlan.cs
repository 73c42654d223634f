using ContainerKit.Diagnostics;

namespace ContainerKit.Rendering;

/// <summary>The outcome of <see cref="RenderPipeline.Plan"/>: every selected entry rendered in memory, plus warnings.</summary>
/// <param name="Entries">The rendered entries, by environment then entry.</param>
/// <param name="Warnings">Validation and lint warnings (errors throw instead).</param>
public sealed record RenderPlan(IReadOnlyList<RenderedEntry> Entries, IReadOnlyList<Diagnostic> Warnings);
