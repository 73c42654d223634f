namespace ContainerKit.Scripting.Rewriting;

/// <summary>A definition property whose package literals get pinned, e.g. <c>RuntimeApt</c> with dpkg versions.</summary>
/// <param name="PropertyName">The property, e.g. <c>BuildApt</c>, <c>RuntimeApt</c>, <c>DevApt</c>, <c>Pip</c>.</param>
/// <param name="Style">How pins are spelled in that list.</param>
/// <param name="Versions">Installed version per package name (pip names are compared normalized).</param>
public sealed record PinTarget(string PropertyName, PinStyle Style, IReadOnlyDictionary<string, string> Versions);
