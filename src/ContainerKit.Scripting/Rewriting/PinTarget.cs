namespace ContainerKit.Scripting.Rewriting;

/// <summary>
/// A definition member whose package literals get pinned, e.g. <c>RuntimeApt</c> with dpkg versions, or the
/// <c>Dependencies</c> list inside the object initializer of <c>Conda</c>.
/// </summary>
/// <param name="MemberName">The property or method, e.g. <c>BuildApt</c>, <c>RuntimeAptFor</c>, <c>Pip</c>, <c>Conda</c>.</param>
/// <param name="Style">How pins are spelled in that list.</param>
/// <param name="Versions">Installed version per package name (pip names are compared normalized).</param>
public sealed record PinTarget(string MemberName, PinStyle Style, IReadOnlyDictionary<string, string> Versions)
{
    /// <summary>
    /// When set, only literals inside the initializer assignment of this name are pinned (e.g. <c>Pip</c> in
    /// <c>new() { Pip = [...] }</c>); when null, only literals outside any initializer assignment.
    /// </summary>
    public string? InitializerMember { get; init; }
}
