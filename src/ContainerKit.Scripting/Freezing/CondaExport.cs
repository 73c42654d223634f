using ContainerKit.Validation;

namespace ContainerKit.Scripting.Freezing;

/// <summary>A <c>mamba env export --no-builds</c>: channels, conda specs (<c>name=version</c>) and the pip section.</summary>
/// <param name="Channels">Channels in priority order.</param>
/// <param name="Dependencies">Conda specs as exported.</param>
/// <param name="Pip">pip requirements as exported (<c>name==version</c>).</param>
public sealed record CondaExport(IReadOnlyList<string> Channels, IReadOnlyList<string> Dependencies, IReadOnlyList<string> Pip)
{
    /// <summary>Conda package name to version, from <see cref="Dependencies"/>.</summary>
    public IReadOnlyDictionary<string, string> Versions =>
        Dependencies.Select(d => d.Split('=', 3))
            .Where(parts => parts.Length >= 2 && parts[1].Length > 0)
            .GroupBy(parts => parts[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First()[1], StringComparer.Ordinal);

    /// <summary>pip name to version, from <see cref="Pip"/>.</summary>
    public IReadOnlyDictionary<string, string> PipVersions =>
        Pip.Select(p => p.Split("==", 2))
            .Where(parts => parts.Length == 2)
            .GroupBy(parts => parts[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First()[1], StringComparer.Ordinal);

    /// <summary>Parses an export (an <c>environment.yml</c>; <c>name</c> and <c>prefix</c> are ignored).</summary>
    /// <exception cref="FormatException">Not an environment file.</exception>
    public static CondaExport Parse(string text)
    {
        var environment = DependencyFiles.ParseEnvironmentYaml(text);
        return new CondaExport(
            environment.Channels,
            environment.Dependencies.Select(d => d.ToString()).ToList(),
            environment.Pip.Select(p => p.ToString()).ToList());
    }
}
