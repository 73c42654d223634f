namespace ContainerKit.Scripting.Rewriting;

/// <summary>What <see cref="PlatformEditor"/> does with a matrix entry.</summary>
public enum MatrixEditMode
{
    /// <summary>Replace the entry by the new one.</summary>
    Change,
    /// <summary>Keep the entry and add the new one.</summary>
    Copy,
}
