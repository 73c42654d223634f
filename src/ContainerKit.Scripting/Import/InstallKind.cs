namespace ContainerKit.Scripting.Import;

/// <summary>What a recognised install command installs.</summary>
internal enum InstallKind
{
    /// <summary><c>apt-get install</c> of inline names and/or list files.</summary>
    Apt,

    /// <summary><c>pip install</c> of inline requirements and/or <c>-r</c> files.</summary>
    Pip,

    /// <summary><c>mamba|conda env create --file</c> of an <c>environment.yml</c>.</summary>
    CondaEnvironment,

    /// <summary>A conda/mamba installer downloaded and run in batch mode (<c>bash installer.sh -b -p PATH</c>).</summary>
    CondaInstaller,
}
