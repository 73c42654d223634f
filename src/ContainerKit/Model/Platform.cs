namespace ContainerKit.Model;

/// <summary>A target CPU platform of the matrix; renders as <c>linux/&lt;Name&gt;</c>.</summary>
public enum Platform
{
    /// <summary>x86-64 (<c>linux/amd64</c>).</summary>
    Amd64,
    /// <summary>64-bit ARM (<c>linux/arm64</c>).</summary>
    Arm64,
}
