namespace ContainerKit.Docker.Registry;

/// <summary>Splits <c>repository[:tag]</c> (the tag is after the last ':' that follows the last '/').</summary>
public readonly record struct ImageReference(string Repository, string Tag)
{
    /// <summary>Parses a reference; the tag defaults to <c>latest</c>.</summary>
    public static ImageReference Parse(string reference)
    {
        var slash = reference.LastIndexOf('/');
        var colon = reference.LastIndexOf(':');
        return colon > slash ? new(reference[..colon], reference[(colon + 1)..]) : new(reference, "latest");
    }

    /// <inheritdoc />
    public override string ToString() => $"{Repository}:{Tag}";
}
