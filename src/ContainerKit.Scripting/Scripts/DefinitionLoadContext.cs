using System.Reflection;
using System.Runtime.Loader;

namespace ContainerKit.Scripting.Scripts;

/// <summary>
/// A collectible context for one compiled definition assembly (a script or a definition folder);
/// its references resolve from the default context, so definitions share the host's ContainerKit types.
/// </summary>
internal sealed class DefinitionLoadContext() : AssemblyLoadContext("ContainerKit.Definitions", isCollectible: true)
{
    /// <summary>Loads <paramref name="image"/> (a compiled assembly) into a new context.</summary>
    public static Assembly LoadImage(byte[] image) => new DefinitionLoadContext().LoadFromStream(new MemoryStream(image));

    /// <inheritdoc />
    protected override Assembly? Load(AssemblyName assemblyName) => null;
}
