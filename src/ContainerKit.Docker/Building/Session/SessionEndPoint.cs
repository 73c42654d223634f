using System.Net;

namespace ContainerKit.Docker.Building.Session;

/// <summary>The endpoint Kestrel "listens" on for a BuildKit session: the hijacked connection, not an address.</summary>
internal sealed class SessionEndPoint : EndPoint
{
    /// <inheritdoc />
    public override string ToString() => "buildkit-session";
}
