namespace ContainerKit.Docker.Registry;

/// <summary>A user name and password (or token) for a registry. <see cref="ToString"/> never shows the password.</summary>
public sealed record RegistryCredentials(string UserName, string Password)
{
    /// <inheritdoc />
    public override string ToString() => $"{UserName}:***";
}
