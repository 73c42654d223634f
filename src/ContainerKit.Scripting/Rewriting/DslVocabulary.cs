namespace ContainerKit.Scripting.Rewriting;

/// <summary>
/// The names of the definition DSL the source editors and the import writer use. Kept in one place
/// so the editors follow the DSL without depending on its assembly; defaults follow DESIGN §3.
/// </summary>
public sealed record DslVocabulary
{
    /// <summary>The from-python base (an image with a Python environment, extended with pip).</summary>
    public BaseKind FromPython { get; init; } = new(
        "FromPythonEnvironment",
        ["Pip", "PipFor", "PipSources", "PipSourcesFor", "PythonExecutable", "VirtualEnvPath"],
        ["public override PipRequirements Pip => PipRequirements.Empty;"]);

    /// <summary>The from-scratch base (an OS image plus a conda/mamba environment).</summary>
    public BaseKind FromScratch { get; init; } = new(
        "FromScratchEnvironment",
        ["Conda", "CondaFor", "CondaInstallerFor", "CondaInstallPath", "CondaEnvironmentName"],
        ["public override CondaEnvironment Conda => new() { Dependencies = [\"python\", \"pip\"] };"]);

    /// <summary>Namespaces a generated definition imports.</summary>
    public IReadOnlyList<string> Namespaces { get; init; } = ["ContainerKit.Definitions", "ContainerKit.Model"];

    /// <summary>The project property and type name.</summary>
    public string Project { get; init; } = "Project";

    /// <summary>Matrix property and type name.</summary>
    public string Matrix { get; init; } = "Matrix";

    /// <summary>The method choosing the base image per matrix entry.</summary>
    public string BaseMethod { get; init; } = "Base";

    /// <summary>The base image type (with <c>Parse</c> and <c>WithEntrypoint</c>).</summary>
    public string BaseImage { get; init; } = "BaseImage";

    /// <summary>The apt list type.</summary>
    public string AptPackages { get; init; } = "AptPackages";

    /// <summary>The apt list properties per stage.</summary>
    public (string Base, string Build, string Runtime, string Dev) AptProperties { get; init; } = ("BaseApt", "BuildApt", "RuntimeApt", "DevApt");

    /// <summary>The pip requirements type and property.</summary>
    public (string Type, string Property) Pip { get; init; } = ("PipRequirements", "Pip");

    /// <summary>The conda environment type and property.</summary>
    public (string Type, string Property) Conda { get; init; } = ("CondaEnvironment", "Conda");

    /// <summary>
    /// The conda installer settings of a from-scratch environment: the installer type, its per-entry method and the
    /// install path property.
    /// </summary>
    public (string Type, string Method, string PathProperty) CondaInstaller { get; init; } = ("CondaInstaller", "CondaInstallerFor", "CondaInstallPath");

    /// <summary>The environment variables property (a string dictionary).</summary>
    public string EnvironmentVariables { get; init; } = "EnvironmentVariables";

    /// <summary>The default command property (a string list, the exec-form CMD).</summary>
    public string Command { get; init; } = "Command";

    /// <summary>The factory method reading a list from a file, on every list type.</summary>
    public string FromFile { get; init; } = "FromFile";

    /// <summary>The base kind named <paramref name="typeName"/>, if any.</summary>
    public BaseKind? KindOf(string typeName) =>
        typeName == FromPython.TypeName ? FromPython : typeName == FromScratch.TypeName ? FromScratch : null;
}
