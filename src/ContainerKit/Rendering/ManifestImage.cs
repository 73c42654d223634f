namespace ContainerKit.Rendering;

/// <summary>One image of a matrix entry as recorded in <c>render.json</c>.</summary>
/// <param name="Role"><c>run</c>, <c>dev</c> (generic, root) or <c>run-user</c>, <c>dev-user</c> (user layer).</param>
/// <param name="Dockerfile">The Dockerfile inside the entry folder: <c>Dockerfile</c> or <c>Dockerfile.user</c>.</param>
/// <param name="Target">The stage to build (<c>runtime-generic</c>, <c>development-generic</c>), or null for the last stage.</param>
/// <param name="BaseRole">For user images, the role of the generic image they start FROM; null otherwise.</param>
/// <param name="BuildArgs">
/// Build arguments. Values may hold the placeholders of <see cref="ImageTagTemplate"/>
/// (<c>{revision}</c>, <c>{user}</c>); user images also take USR, USRID, GRP, GRPID from the host.
/// </param>
/// <param name="TagTemplates">
/// Full references to tag the built image with, e.g. <c>lab/project:amd64-cpu-run-latest-root</c> and
/// <c>lab/project:amd64-cpu-run-{revision}-root</c>; expand with <see cref="ImageTagTemplate.Expand"/>.
/// </param>
/// <param name="ContentHash">
/// The render hash of this image alone (<see cref="ImageContentHash"/>); images carry it as the label
/// <see cref="RenderManifest.ContentHashLabel"/>. Null in manifests written before it existed (the folder's hash serves).
/// </param>
public sealed record ManifestImage(
    string Role,
    string Dockerfile,
    string? Target,
    string? BaseRole,
    IReadOnlyDictionary<string, string> BuildArgs,
    IReadOnlyList<string> TagTemplates,
    string? ContentHash = null)
{
    /// <summary>
    /// BuildKit secrets of the build: id to a file of the entry folder (<c>docker build --secret id=ID,src=FILE</c>);
    /// null (and absent from <c>render.json</c>) when the build needs none.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? Secrets { get; init; }

    /// <summary>
    /// BuildKit secrets the build host supplies from a file of its own (never rendered into the folder), e.g.
    /// <c>pip-netrc</c> for private pip indexes; null (and absent from <c>render.json</c>) when the build needs none.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? HostSecrets { get; init; }
}
