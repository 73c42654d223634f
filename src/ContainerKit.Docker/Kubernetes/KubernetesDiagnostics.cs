using ContainerKit.Diagnostics;
using ContainerKit.Docker;

namespace ContainerKit.Docker.Kubernetes;

/// <summary>The CK3130–CK3139 diagnostics of Kubernetes and Run:ai submission.</summary>
public static class KubernetesDiagnostics
{
    /// <summary>No kubeconfig file (KUBECONFIG or ~/.kube/config), or one the client cannot read.</summary>
    public const string KubeconfigUnusableId = "CK3130";
    /// <summary>The Kubernetes API server refused or failed a request, or could not be reached.</summary>
    public const string ApiRequestFailedId = "CK3131";
    /// <summary>The runai CLI is not installed.</summary>
    public const string RunaiMissingId = "CK3132";
    /// <summary>The runai CLI exited with an error.</summary>
    public const string RunaiFailedId = "CK3133";
    /// <summary>A rendered manifest is not a Kubernetes Job the client can read.</summary>
    public const string ManifestUnreadableId = "CK3134";
    /// <summary>Submit --wait on a Kubernetes or Run:ai cluster (not supported: no log streaming through the client yet).</summary>
    public const string WaitUnsupportedId = "CK3135";

    /// <summary>A <see cref="DiagnosticException"/> with one error diagnostic.</summary>
    public static DiagnosticException Exception(string id, string location, string message, string? value = null, string? hint = null) =>
        EngineDiagnostics.Exception(id, location, message, value, hint);
}
