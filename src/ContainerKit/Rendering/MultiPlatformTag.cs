using ContainerKit.Definitions;

namespace ContainerKit.Rendering;

/// <summary>
/// The tag of a multi-platform image index: an entry's image reference without its platform, e.g.
/// <c>lab/project:amd64-cpu-run-latest-root</c> gives <c>lab/project:cpu-run-latest-root</c>, the one name every
/// platform's image of that acceleration, role and revision is published under.
/// </summary>
public static class MultiPlatformTag
{
    /// <summary>
    /// <paramref name="reference"/> with the leading <c>&lt;platform&gt;-</c> of its tag removed.
    /// </summary>
    /// <exception cref="ArgumentException">The tag does not start with <paramref name="platform"/> and a dash.</exception>
    public static string Of(string reference, string platform)
    {
        ArgumentNullException.ThrowIfNull(platform);
        var parsed = ImageReference.Parse(reference);
        var prefix = platform + "-";
        if (parsed.Tag is not { } tag || !tag.StartsWith(prefix, StringComparison.Ordinal) || tag.Length == prefix.Length)
            throw new ArgumentException($"the tag of {reference} does not start with '{prefix}'", nameof(reference));
        return $"{parsed.Repository}:{tag[prefix.Length..]}";
    }
}
