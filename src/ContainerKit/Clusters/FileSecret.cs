namespace ContainerKit.Clusters;

/// <summary>A secret file on the cluster's file system, bind-mounted read-only.</summary>
public sealed record FileSecret : SecretReference
{
    /// <summary>Creates the reference; see <see cref="SecretReference.File"/>.</summary>
    public FileSecret(string variable, string hostPath, string at)
        : base(variable, at)
    {
        HostPath = hostPath;
    }

    /// <summary>The file's path on the cluster: absolute, or <c>~/...</c> for the submitting user's home.</summary>
    public string HostPath { get; }
}
