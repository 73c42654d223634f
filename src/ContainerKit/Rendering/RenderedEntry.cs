using ContainerKit.Model;

namespace ContainerKit.Rendering;

/// <summary>One matrix entry of one environment, rendered in memory.</summary>
/// <param name="Environment">The environment name.</param>
/// <param name="Entry">The matrix entry.</param>
/// <param name="RelativeFolder">The entry folder relative to the output root: <c>&lt;environment&gt;/&lt;platform&gt;-&lt;acceleration&gt;</c>.</param>
/// <param name="Files">Every file of the folder.</param>
/// <param name="Manifest">The <c>render.json</c> content.</param>
public sealed record RenderedEntry(string Environment, MatrixEntry Entry, string RelativeFolder, IReadOnlyList<RenderedFile> Files, RenderManifest Manifest);
