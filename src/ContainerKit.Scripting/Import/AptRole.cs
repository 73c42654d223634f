namespace ContainerKit.Scripting.Import;

/// <summary>Which apt list of the definition an imported apt install goes to.</summary>
internal enum AptRole
{
    /// <summary>A stage no mapped stage builds on: not imported.</summary>
    None,

    /// <summary><c>BaseApt</c>: a stage both the Python install and runtime-generic build on, when they are separate chains.</summary>
    Base,

    /// <summary><c>BuildApt</c>: a stage the Python install builds on (before the install).</summary>
    Build,

    /// <summary><c>RuntimeApt</c>: a stage runtime-generic builds on (after the Python install when chained).</summary>
    Runtime,

    /// <summary><c>DevApt</c>: development-generic or a stage only it builds on.</summary>
    Dev,
}
