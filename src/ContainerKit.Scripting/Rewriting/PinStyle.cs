namespace ContainerKit.Scripting.Rewriting;

/// <summary>How a package list spells a pinned version.</summary>
public enum PinStyle
{
    /// <summary>Debian packages: <c>name=version</c>.</summary>
    Apt,
    /// <summary>PEP 508 requirements: <c>name[extras]==version; marker</c>.</summary>
    Pip,
    /// <summary>Conda match specs as <c>mamba env export --no-builds</c> spells them: <c>name=version</c>.</summary>
    Conda,
}
