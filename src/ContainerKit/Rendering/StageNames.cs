namespace ContainerKit.Rendering;

/// <summary>Stage names of the generic Dockerfile (reserved: custom stages cannot use them).</summary>
public static class StageNames
{
    /// <summary>The base image plus the base apt list; every other stage starts from it.</summary>
    public const string Base = "base";

    /// <summary>Installs the Python environment (venv or conda) with the build apt list; copied into the runtime.</summary>
    public const string PythonEnvironment = "python-env";

    /// <summary>The generic run image.</summary>
    public const string Runtime = "runtime-generic";

    /// <summary>The generic development image.</summary>
    public const string Development = "development-generic";

    /// <summary>All reserved names.</summary>
    public static IReadOnlyList<string> All { get; } = [Base, PythonEnvironment, Runtime, Development];
}
