using ContainerKit.Model;

namespace ContainerKit.Definitions;

/// <summary>
/// Data mounted into the containers of Run, Dev, EmptyInteractive, compose.yaml's services and cluster jobs:
/// <c>Mount.Dataset("data/imagenet", "/data/imagenet").WithVariable("DATA_DIR")</c>,
/// <c>Mount.Output("outputs", "/outputs")</c>, <c>Mount.Cache(MountSource.Volume("hf-cache"), "/cache/huggingface").WithVariable("HF_HOME")</c>.
/// </summary>
/// <param name="Kind">Dataset (read-only), output or cache (writable).</param>
/// <param name="Source">Host path (relative to the project root, or absolute) or named volume.</param>
/// <param name="Target">The absolute path inside the container.</param>
public sealed record Mount(MountKind Kind, MountSource Source, string Target)
{
    /// <summary>An environment variable set to <see cref="Target"/> in the container (e.g. <c>DATA_DIR</c>); null sets none.</summary>
    public string? Variable { get; init; }

    /// <summary>True for datasets: the container cannot write to it.</summary>
    public bool ReadOnly => Kind == MountKind.Dataset;

    /// <summary>A read-only dataset.</summary>
    public static Mount Dataset(MountSource source, string target) => new(MountKind.Dataset, source, target);

    /// <summary>A writable output or scratch folder.</summary>
    public static Mount Output(MountSource source, string target) => new(MountKind.Output, source, target);

    /// <summary>A writable cache, typically a named volume.</summary>
    public static Mount Cache(MountSource source, string target) => new(MountKind.Cache, source, target);

    /// <summary>This mount with <paramref name="variable"/> set to its target in the container.</summary>
    public Mount WithVariable(string variable) => this with { Variable = variable };

    /// <summary>
    /// The <c>--mount host:container[:ro]</c> form: a host path (relative to the project root or absolute), the
    /// container path and <c>:ro</c> for a read-only dataset (else a writable output); null when it has another shape.
    /// </summary>
    public static Mount? ParseOption(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var parts = value.Split(':');
        var readOnly = parts.Length == 3 && parts[2] == "ro";
        if (!(parts.Length == 2 || readOnly) || parts[0].Length == 0 || parts[1].Length == 0) return null;
        return readOnly ? Dataset(parts[0], parts[1]) : Output(parts[0], parts[1]);
    }

    /// <summary>The mount with its host path made absolute against <paramref name="projectRoot"/> (pure: no file system access).</summary>
    public ResolvedMount Resolve(string projectRoot)
    {
        ArgumentNullException.ThrowIfNull(projectRoot);
        var source = Source.IsVolume || Path.IsPathRooted(Source.Value)
            ? Source.Value
            : Path.GetFullPath(Path.Combine(projectRoot, Source.Value));
        return new ResolvedMount(Kind, source, Source.IsVolume, Target, ReadOnly, Variable);
    }
}
