namespace ContainerKit.IntegrationTests.PythonBases;

/// <summary>The kinds of Python base image from-python must extend (issue 11, item 4).</summary>
public enum PythonBaseKind
{
    /// <summary>Debian's python3 with a package installed system-wide (/usr/local), as NGC-like images have.</summary>
    System,

    /// <summary>python3 on PATH is itself a virtual environment with packages in it (/opt/torch/.venv).</summary>
    VirtualEnv,

    /// <summary>
    /// A prefix-installed, non-venv interpreter on PATH (/opt/conda), standing in for a conda base environment:
    /// no conda is reachable here, so Debian's interpreter and standard library are copied into their own prefix.
    /// </summary>
    Prefix,
}
