using ContainerKit.Definitions;

namespace ContainerKit.Scripting.Import;

/// <summary>What to call the imported definition and where its files go.</summary>
/// <param name="ClassName">The definition class, e.g. <c>ProjectEnvironment</c>.</param>
public sealed record ImportOptions(string ClassName)
{
    /// <summary>The definitions folder, relative to the repository root.</summary>
    public string DefinitionsFolder { get; init; } = "build/Environments";

    /// <summary>The project name; when null, PROJECT_NAME of the folder's <c>.env</c>, else of <c>template.sh</c>, else of a compose build arg, else <see cref="EnvironmentName"/>.</summary>
    public string? ProjectName { get; init; }

    /// <summary>The environment name the DSL derives from the class name (<c>ProjectEnvironment</c> → <c>project</c>).</summary>
    public string EnvironmentName => Naming.KebabCase(ClassName, "Environment");

    /// <summary>The definition file, relative to the repository root.</summary>
    public string DefinitionFile => $"{DefinitionsFolder}/{ClassName}.cs";

    /// <summary>Where kept dependency files (requirements.txt, environment.yml) are copied, relative to the repository root.</summary>
    public string DependencyFolder => $"{DefinitionsFolder}/{EnvironmentName}";
}
