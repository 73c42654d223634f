namespace ContainerKit.Definitions;

/// <summary>
/// The project an environment serves: its name, its Python package, the lab (image namespace) and where it
/// is mounted inside containers.
/// </summary>
public sealed record Project
{
    /// <summary>Creates a project; <paramref name="package"/> defaults to the name with '-' turned into '_'.</summary>
    public Project(string name, string? package = null, string? lab = null, string? imageName = null, string? projectRootAt = null)
    {
        Name = name ?? "";
        Package = package ?? Name.Replace('-', '_');
        Lab = lab;
        ImageName = imageName ?? (lab is null ? Name : $"{lab}/{Name}");
        ProjectRootAt = projectRootAt ?? $"/project/{Name}";
    }

    /// <summary>The project name (PROJECT_NAME).</summary>
    public string Name { get; }

    /// <summary>The Python package imported after the editable install (PACKAGE_NAME).</summary>
    public string Package { get; }

    /// <summary>The lab or team (LAB_NAME), or null.</summary>
    public string? Lab { get; }

    /// <summary>The repository part of every image tag (IMAGE_NAME), <c>lab/name</c> by default.</summary>
    public string ImageName { get; }

    /// <summary>Where the project is mounted (PROJECT_ROOT_AT), <c>/project/&lt;name&gt;</c> by default.</summary>
    public string ProjectRootAt { get; }
}
