using ContainerKit.Definitions;

namespace ContainerKit.Model;

/// <summary>
/// A <see cref="Mount"/> ready for a runner (the engine's Run, cluster jobs): an absolute host path or a volume
/// name, the container path, read-only or not, and the variable pointing at it. Made by <see cref="Mount.Resolve"/>.
/// </summary>
/// <param name="Kind">Dataset, output or cache.</param>
/// <param name="Source">Absolute host path, or the volume name when <paramref name="IsVolume"/>.</param>
/// <param name="IsVolume">True for a named volume.</param>
/// <param name="Target">The absolute container path.</param>
/// <param name="ReadOnly">True when the container must not write to it.</param>
/// <param name="Variable">The environment variable set to <paramref name="Target"/>, or null.</param>
public sealed record ResolvedMount(MountKind Kind, string Source, bool IsVolume, string Target, bool ReadOnly, string? Variable)
{
    /// <summary>The engine's bind form, <c>source:target[:ro]</c> (<c>docker run -v</c>, HostConfig.Binds).</summary>
    public string Bind => $"{Source}:{Target}{(ReadOnly ? ":ro" : "")}";

    /// <summary>The <c>VAR=target</c> environment entry, or null.</summary>
    public string? EnvironmentEntry => Variable is null ? null : $"{Variable}={Target}";
}
