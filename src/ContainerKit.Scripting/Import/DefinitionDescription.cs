using ContainerKit.Model;

namespace ContainerKit.Scripting.Import;

/// <summary>
/// A neutral description of an environment, filled in by the Dockerfile importer and written as a
/// C# definition class by <see cref="DefinitionWriter"/>.
/// </summary>
/// <param name="ClassName">The definition class to write, e.g. <c>ProjectEnvironment</c>.</param>
/// <param name="FromScratch">True for a conda from-scratch environment, false for from-python.</param>
/// <param name="BaseImage">The base image reference of the first stage.</param>
public sealed record DefinitionDescription(string ClassName, bool FromScratch, string BaseImage)
{
    /// <summary>The base image's own entrypoint to chain (from-python), if any.</summary>
    public string? BaseEntrypoint { get; init; }

    /// <summary>The matrix platforms; <c>amd64</c> when empty.</summary>
    public IReadOnlyList<Platform> Platforms { get; init; } = [];

    /// <summary>The matrix accelerations; <c>cpu</c> when empty.</summary>
    public IReadOnlyList<Acceleration> Accelerations { get; init; } = [];

    /// <summary>Build-stage apt packages.</summary>
    public PackageList BuildApt { get; init; } = PackageList.Empty;

    /// <summary>Runtime-stage apt packages.</summary>
    public PackageList RuntimeApt { get; init; } = PackageList.Empty;

    /// <summary>Development-stage apt packages.</summary>
    public PackageList DevApt { get; init; } = PackageList.Empty;

    /// <summary>pip requirements (from-python): inline or a <c>requirements.txt</c>.</summary>
    public PackageList Pip { get; init; } = PackageList.Empty;

    /// <summary>The conda <c>environment.yml</c> (from-scratch).</summary>
    public string? CondaEnvironmentFile { get; init; }

    /// <summary>Stages of the source Dockerfile that have no DSL counterpart; written as a review note.</summary>
    public IReadOnlyList<string> UnmappedStages { get; init; } = [];

    /// <summary>Where the description came from (e.g. the Dockerfile path), for the header comment.</summary>
    public string? Origin { get; init; }
}
