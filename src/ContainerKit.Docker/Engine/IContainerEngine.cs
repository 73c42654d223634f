using ContainerKit.Rendering;

namespace ContainerKit.Docker.Engine;

/// <summary>
/// Everything the ContainerKit targets ask of a container engine, driven by the <c>render.json</c>
/// of a rendered entry folder. Every method honours its <see cref="CancellationToken"/>; engine
/// failures surface as <see cref="ContainerKit.Diagnostics.DiagnosticException"/> with CK3xxx ids.
/// </summary>
public interface IContainerEngine
{
    /// <summary>Builds the generic root images (<c>run</c> and <c>dev</c>) of an entry folder.</summary>
    Task<IReadOnlyList<ImageBuildOutcome>> BuildGenericAsync(string entryFolder, GenericBuildOptions options, CancellationToken cancellationToken);

    /// <summary>Builds the user layer (<c>run-user</c>, <c>dev-user</c>) on top of the generic images.</summary>
    Task<IReadOnlyList<ImageBuildOutcome>> BuildUserAsync(string entryFolder, UserBuildOptions options, CancellationToken cancellationToken);

    /// <summary>
    /// Pushes the local tags of the given roles to a registry; returns the pushed references. A tag that does not exist
    /// locally is a CK3010 diagnostic naming it and the target that builds it, before anything is pushed.
    /// </summary>
    Task<IReadOnlyList<string>> PushAsync(string entryFolder, PushOptions options, CancellationToken cancellationToken);

    /// <summary>Pulls the given roles from a registry and retags them to their local names; returns the local references.</summary>
    Task<IReadOnlyList<string>> PullAsync(string entryFolder, PushOptions options, CancellationToken cancellationToken);

    /// <summary>
    /// Checks that the base image <paramref name="reference"/> can be used by a build: it is in the local image store
    /// (unless <paramref name="pull"/>), or its registry has it (asked without pulling; the build pulls the entry's
    /// platform). When neither holds, throws CK3011 naming the image, its registry, the daemon's cause, the entries that
    /// need it (<paramref name="neededBy"/>) and what to do.
    /// </summary>
    Task CheckBaseImageAsync(string reference, bool pull, IReadOnlyList<string> neededBy, CancellationToken cancellationToken);

    /// <summary>
    /// The digest (<c>sha256:...</c>) an image reference points at: the local image's repo digest for its repository
    /// when it was pulled or pushed, else the manifest digest its registry answers; null when neither holds.
    /// </summary>
    Task<string?> ResolveDigestAsync(string reference, CancellationToken cancellationToken);

    /// <summary>Lists the dpkg, pip and conda/mamba packages inside an image.</summary>
    Task<EnvironmentListing> ListEnvironmentAsync(string image, CancellationToken cancellationToken);

    /// <summary>
    /// Reads what <c>FreezeEnv</c> pins from inside an image: dpkg versions, <c>pip list --exclude-editable</c>,
    /// the pip snapshot taken before the requirements were installed, and the conda export of
    /// <paramref name="condaEnvironment"/> when given.
    /// </summary>
    Task<FreezeListing> ReadInstalledPackagesAsync(string image, string? condaEnvironment, CancellationToken cancellationToken);

    /// <summary>
    /// Reads the package records of an image for its SBOM (<c>/etc/os-release</c>, <c>/var/lib/dpkg/status</c>,
    /// Python distributions' metadata, <c>conda-meta/*.json</c>) in a short-lived container that bypasses the image's
    /// entrypoint and only reads files. An image without <c>/bin/sh</c> is CK3160.
    /// </summary>
    Task<ContainerKit.Sbom.ImageInventory> ReadInventoryAsync(string image, CancellationToken cancellationToken);

    /// <summary>Runs a command in a fresh container, streams its output and returns its exit code. The container is always removed.</summary>
    Task<int> RunAsync(RunOptions options, CancellationToken cancellationToken);

    /// <summary>Runs an interactive TTY session (delegates to the <c>docker</c> CLI) and returns its exit code.</summary>
    Task<int> RunInteractiveAsync(RunOptions options, CancellationToken cancellationToken);

    /// <summary>The id and the labels of a local image, or null when it does not exist.</summary>
    Task<LocalImage?> InspectImageAsync(string reference, CancellationToken cancellationToken);

    /// <summary>Every local tag of <paramref name="repository"/> (e.g. <c>lab/project</c>) with its image's creation time.</summary>
    Task<IReadOnlyList<LocalTag>> ListTagsAsync(string repository, CancellationToken cancellationToken);

    /// <summary>Removes the tag <paramref name="reference"/>; the image goes only when no other tag and no container uses it.</summary>
    Task RemoveTagAsync(string reference, CancellationToken cancellationToken);
}
