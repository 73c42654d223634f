namespace ContainerKit.Definitions;

/// <summary>
/// The per-user layer (<c>Dockerfile.user</c>): USR, USRID, GRP and GRPID come from the host as build
/// arguments; the definition decides the login shell, sudo and the placeholder ids of <c>.env.example</c>.
/// </summary>
public sealed record UserLayer
{
    /// <summary>Absolute path of the login shell (must exist in the image).</summary>
    public string LoginShell { get; init; } = "/bin/bash";

    /// <summary>The sudo policy; passwordless by default, as in the template.</summary>
    public SudoPolicy Sudo { get; init; } = SudoPolicy.Passwordless;

    /// <summary>The USRID placeholder of <c>.env.example</c> (CK1007 checks the range).</summary>
    public long ExampleUid { get; init; } = 1000;

    /// <summary>The GRPID placeholder of <c>.env.example</c> (CK1007 checks the range).</summary>
    public long ExampleGid { get; init; } = 1000;
}
