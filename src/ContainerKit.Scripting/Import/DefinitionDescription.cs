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
    /// <summary>The project name (PROJECT_NAME); the class name in kebab-case without <c>Environment</c> when null.</summary>
    public string? ProjectName { get; init; }

    /// <summary>The Python package (PACKAGE_NAME); derived from the project name when null.</summary>
    public string? PackageName { get; init; }

    /// <summary>The base image's own entrypoint to chain, if any.</summary>
    public string? BaseEntrypoint { get; init; }

    /// <summary>The matrix platforms; <c>amd64</c> when empty.</summary>
    public IReadOnlyList<Platform> Platforms { get; init; } = [];

    /// <summary>The matrix accelerations; <c>cpu</c> when empty.</summary>
    public IReadOnlyList<Acceleration> Accelerations { get; init; } = [];

    /// <summary>apt packages every stage needs (written only when not empty). The DSL's apt lists are always inline.</summary>
    public IReadOnlyList<string> BaseApt { get; init; } = [];

    /// <summary>Build-stage apt packages.</summary>
    public IReadOnlyList<string> BuildApt { get; init; } = [];

    /// <summary>Runtime-stage apt packages.</summary>
    public IReadOnlyList<string> RuntimeApt { get; init; } = [];

    /// <summary>Development-stage apt packages.</summary>
    public IReadOnlyList<string> DevApt { get; init; } = [];

    /// <summary>pip requirements (from-python): inline or a <c>requirements.txt</c>.</summary>
    public PackageList Pip { get; init; } = PackageList.Empty;

    /// <summary>The conda <c>environment.yml</c> (from-scratch).</summary>
    public string? CondaEnvironmentFile { get; init; }

    /// <summary>The conda installer URL (from-scratch), when the template sets one; the DSL default otherwise.</summary>
    public string? CondaInstallerUrl { get; init; }

    /// <summary>The conda install path (from-scratch), when the template sets one; the DSL default otherwise.</summary>
    public string? CondaInstallPath { get; init; }

    /// <summary>Environment variables of the generic images, in order (written only when not empty).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> EnvironmentVariables { get; init; } = [];

    /// <summary>The default command of the generic images (exec form); the DSL default when null.</summary>
    public IReadOnlyList<string>? Command { get; init; }

    /// <summary>Stages of the source Dockerfile that have no DSL counterpart; written as a review note.</summary>
    public IReadOnlyList<string> UnmappedStages { get; init; } = [];

    /// <summary>Other review notes (instructions not imported), written as TODO comments.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Where the description came from (e.g. the Dockerfile path), for the header comment.</summary>
    public string? Origin { get; init; }
}
