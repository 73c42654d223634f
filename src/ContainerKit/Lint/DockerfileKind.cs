namespace ContainerKit.Lint;

/// <summary>Which Dockerfile a lint run looks at; some rules apply to one kind only.</summary>
public enum DockerfileKind
{
    /// <summary>The generic (root) multi-stage Dockerfile.</summary>
    Generic,
    /// <summary>The user-layer Dockerfile.user, which must not end as root.</summary>
    User,
}
