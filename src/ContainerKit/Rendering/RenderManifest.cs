using System.Text.Json.Serialization;
using ContainerKit.Model;

namespace ContainerKit.Rendering;

/// <summary>
/// The <c>render.json</c> of one matrix entry folder: everything the engine needs to build, tag,
/// push and run that entry without re-deriving what the core decided.
/// </summary>
/// <param name="Environment">The environment name (folder name under <c>artifacts/containers/</c>).</param>
/// <param name="Entry">The matrix entry key, e.g. <c>amd64-cpu</c>.</param>
/// <param name="Platform">Lower-case platform, e.g. <c>amd64</c>.</param>
/// <param name="Acceleration">Lower-case acceleration, e.g. <c>cpu</c>.</param>
/// <param name="ImageName">Repository part of every tag, e.g. <c>lab/project</c>.</param>
/// <param name="ProjectRootAt">Where the project is mounted inside containers.</param>
/// <param name="Images">The images of this entry: <c>run</c>, <c>dev</c>, <c>run-user</c>, <c>dev-user</c>.</param>
/// <param name="ContentHash">
/// <c>sha256:</c> over every other file of the folder (sorted paths and bytes); images carry it as
/// the label <see cref="ContentHashLabel"/> so a no-op build can be skipped.
/// </param>
public sealed record RenderManifest(
    string Environment,
    string Entry,
    string Platform,
    string Acceleration,
    string ImageName,
    string ProjectRootAt,
    IReadOnlyList<ManifestImage> Images,
    string ContentHash)
{
    /// <summary>The file name of the manifest inside an entry folder.</summary>
    public const string FileName = "render.json";

    /// <summary>The image label that records the content hash an image was built from.</summary>
    public const string ContentHashLabel = "dev.containerkit.render-hash";

    /// <summary>
    /// The device options of an acceleration other than the built-in cpu, cuda and rocm (whose options follow from
    /// <see cref="Acceleration"/>, their name); null, and absent from the file, for those.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DeviceOptions? Devices { get; init; }

    /// <summary>The definition's mounts of this entry (host paths as declared, relative to the project root); null, and absent from the file, when none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<Definitions.Mount>? Mounts { get; init; }

    /// <summary>The mounts with host paths resolved against <paramref name="projectRoot"/>, for a runner.</summary>
    public IReadOnlyList<ResolvedMount> ResolvedMounts(string projectRoot) => [.. (Mounts ?? []).Select(m => m.Resolve(projectRoot))];

    /// <summary>The device options runners pass for this entry: <see cref="Devices"/>, else the built-in acceleration's.</summary>
    public DeviceOptions DeviceOptionsToPass() =>
        Devices ?? Model.Acceleration.BuiltInNamed(Acceleration)?.Devices ?? DeviceOptions.None;

    /// <summary>The image with the given role, or an exception naming the known roles.</summary>
    public ManifestImage Image(string role) =>
        Images.FirstOrDefault(i => i.Role == role)
        ?? throw new KeyNotFoundException($"render.json of {Environment}/{Entry} has no image '{role}' (has: {string.Join(", ", Images.Select(i => i.Role))}).");
}
