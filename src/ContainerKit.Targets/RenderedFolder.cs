using ContainerKit.Rendering;

namespace ContainerKit.Targets;

/// <summary>A rendered entry folder on disk.</summary>
/// <param name="Path">Absolute path of the folder (a complete build context).</param>
/// <param name="Entry">What was rendered into it.</param>
/// <param name="Changed">Whether this render run rewrote it.</param>
public sealed record RenderedFolder(string Path, RenderedEntry Entry, bool Changed)
{
    /// <summary>Its <c>render.json</c>.</summary>
    public RenderManifest Manifest => Entry.Manifest;
}
