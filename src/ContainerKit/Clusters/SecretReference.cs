namespace ContainerKit.Clusters;

/// <summary>
/// A secret a job reads from a file, never its value: the file is mounted at <see cref="At"/> and
/// <see cref="Variable"/> (e.g. <c>WANDB_API_KEY_FILE_AT</c>, <c>HF_TOKEN_AT</c>) is set to that path.
/// </summary>
public abstract record SecretReference
{
    private protected SecretReference(string variable, string at)
    {
        Variable = variable;
        At = at;
    }

    /// <summary>The entrypoint variable that receives the path, e.g. <c>WANDB_API_KEY_FILE_AT</c>.</summary>
    public string Variable { get; }

    /// <summary>The absolute path of the secret file inside the container.</summary>
    public string At { get; }

    /// <summary>A file on the cluster's file system (absolute, or <c>~/...</c> for the submitting user's home), mounted read-only at <paramref name="at"/>.</summary>
    public static SecretReference File(string variable, string hostPath, string at) => new FileSecret(variable, hostPath, at);

    /// <summary>Key <paramref name="key"/> of the Kubernetes secret <paramref name="secretName"/>, mounted read-only at <paramref name="at"/>.</summary>
    public static SecretReference Kubernetes(string variable, string secretName, string key, string at) => new KubernetesSecret(variable, secretName, key, at);
}
