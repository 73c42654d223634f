namespace ContainerKit.Model;

/// <summary>A virtual environment on top of the base image's Python, filled from requirements.</summary>
/// <param name="PythonExecutable">The base's interpreter, e.g. <c>python3</c>.</param>
/// <param name="VirtualEnvPath">Where the virtual environment lives.</param>
/// <param name="Requirements">The validated requirements.txt lines (options and requirements, no comments).</param>
public sealed record PipInstall(string PythonExecutable, string VirtualEnvPath, IReadOnlyList<string> Requirements) : PythonInstall
{
    /// <summary>
    /// The validated index options of <c>pip install</c>, as arguments in order (e.g. <c>--index-url</c>, the URL,
    /// <c>--pre</c>); from <see cref="Definitions.PipSources"/>.
    /// </summary>
    public IReadOnlyList<string> IndexOptions { get; init; } = [];

    /// <summary>The install reads private-index credentials from the BuildKit secret <see cref="Definitions.PipSources.NetrcSecretId"/>.</summary>
    public bool NetrcSecret { get; init; }

    /// <inheritdoc />
    public override string InstallRoot => VirtualEnvPath;

    /// <inheritdoc />
    public override string BinFolder => VirtualEnvPath + "/bin";
}
