namespace ContainerKit.Model;

/// <summary>A virtual environment on top of the base image's Python, filled from requirements.</summary>
/// <param name="PythonExecutable">The base's interpreter, e.g. <c>python3</c>.</param>
/// <param name="VirtualEnvPath">Where the virtual environment lives.</param>
/// <param name="Requirements">The validated requirements.txt lines (options and requirements, no comments).</param>
public sealed record PipInstall(string PythonExecutable, string VirtualEnvPath, IReadOnlyList<string> Requirements) : PythonInstall
{
    /// <inheritdoc />
    public override string InstallRoot => VirtualEnvPath;

    /// <inheritdoc />
    public override string BinFolder => VirtualEnvPath + "/bin";
}
