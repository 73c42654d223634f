namespace ContainerKit.Dockerfiles;

/// <summary>One <c>--name=value</c> flag of an instruction, e.g. <c>RUN --mount=type=cache,target=/x</c>.</summary>
/// <param name="Name">Flag name without the dashes (<c>mount</c>).</param>
/// <param name="Value">Everything after the first '=', or an empty string for a bare flag.</param>
public sealed record DockerfileFlag(string Name, string Value)
{
    /// <summary>
    /// The comma-separated <c>key=value</c> options of a flag value such as a mount
    /// (<c>type=cache,target=/var/cache/apt</c>); a key without '=' maps to an empty string.
    /// </summary>
    public IReadOnlyDictionary<string, string> Options()
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = part.IndexOf('=');
            options[eq < 0 ? part : part[..eq]] = eq < 0 ? "" : part[(eq + 1)..];
        }
        return options;
    }
}
