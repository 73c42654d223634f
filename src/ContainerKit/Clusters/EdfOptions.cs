namespace ContainerKit.Clusters;

/// <summary>
/// An enroot environment definition file (EDF, TOML) for Slurm container engines that read one
/// (<c>#SBATCH --environment=&lt;file&gt;</c>): the image, mounts, working directory, environment and annotations.
/// RenderJobs writes it as <c>artifacts/jobs/&lt;cluster&gt;/&lt;job&gt;.toml</c>.
/// </summary>
public sealed record EdfOptions
{
    /// <summary>Where the TOML files are copied on the cluster (the path the batch script passes to <c>--environment</c>); null means the rendered file's own path.</summary>
    public string? Directory { get; init; }

    /// <summary>Keep the image's entrypoint (the engine's <c>entrypoint</c> key).</summary>
    public bool Entrypoint { get; init; } = true;

    /// <summary>Make the container's root file system writable (<c>writable</c>).</summary>
    public bool Writable { get; init; } = true;

    /// <summary>Engine annotations (<c>[annotations]</c>), e.g. <c>com.hooks.aws_ofi_nccl.enabled = "true"</c>; written sorted by key.</summary>
    public IReadOnlyDictionary<string, string> Annotations { get; init; } = new Dictionary<string, string>();
}
