namespace ContainerKit.Model;

/// <summary>How an entry's Python environment is installed: <see cref="PipInstall"/> or <see cref="CondaInstall"/>.</summary>
public abstract record PythonInstall
{
    private protected PythonInstall()
    {
    }

    /// <summary>The folder copied from the deps stage into the runtime image.</summary>
    public abstract string InstallRoot { get; }

    /// <summary>The folder prepended to PATH in the runtime image.</summary>
    public abstract string BinFolder { get; }
}
