namespace ContainerKit.Clusters;

/// <summary>One key of a Kubernetes secret, mounted read-only as a file.</summary>
public sealed record KubernetesSecret : SecretReference
{
    /// <summary>Creates the reference; see <see cref="SecretReference.Kubernetes"/>.</summary>
    public KubernetesSecret(string variable, string secretName, string key, string at)
        : base(variable, at)
    {
        SecretName = secretName;
        Key = key;
    }

    /// <summary>The secret's name in the cluster's namespace.</summary>
    public string SecretName { get; }

    /// <summary>The key inside the secret.</summary>
    public string Key { get; }
}
