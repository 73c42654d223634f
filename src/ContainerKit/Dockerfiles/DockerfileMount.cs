namespace ContainerKit.Dockerfiles;

/// <summary>A <c>RUN --mount=...</c> flag, decoded.</summary>
/// <param name="Type">Mount type (<c>cache</c>, <c>bind</c>, <c>secret</c>, <c>tmpfs</c>, <c>ssh</c>); <c>bind</c> when omitted.</param>
/// <param name="Target">Mount point inside the build container, or null when missing.</param>
/// <param name="Options">Every option of the flag, keys case-insensitive.</param>
public sealed record DockerfileMount(string Type, string? Target, IReadOnlyDictionary<string, string> Options)
{
    /// <summary>Decodes a <c>mount</c> flag.</summary>
    public static DockerfileMount FromFlag(DockerfileFlag flag)
    {
        var options = flag.Options();
        string? target = null;
        foreach (var key in new[] { "target", "dst", "destination" })
        {
            if (options.TryGetValue(key, out var value))
            {
                target = value;
                break;
            }
        }
        return new DockerfileMount(options.GetValueOrDefault("type", "bind"), target, options);
    }

    /// <summary>True for a cache mount whose target is <paramref name="path"/> or a folder above it.</summary>
    public bool IsCacheCovering(string path)
    {
        if (!Type.Equals("cache", StringComparison.OrdinalIgnoreCase) || Target is null)
        {
            return false;
        }
        var target = Target.TrimEnd('/');
        var wanted = path.TrimEnd('/');
        return target == wanted || wanted.StartsWith(target + "/", StringComparison.Ordinal);
    }
}
