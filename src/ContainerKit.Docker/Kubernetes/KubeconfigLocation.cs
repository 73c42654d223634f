using ContainerKit.Diagnostics;

namespace ContainerKit.Docker.Kubernetes;

/// <summary>Where the user's kubeconfig is, as kubectl finds it: the first file of <c>KUBECONFIG</c>, else <c>~/.kube/config</c>.</summary>
public static class KubeconfigLocation
{
    /// <summary>The kubeconfig variable.</summary>
    public const string Variable = "KUBECONFIG";

    /// <summary>
    /// The kubeconfig file for <paramref name="environment"/> (the process's variables) and the user's
    /// <paramref name="home"/>; CK3130 when it does not exist.
    /// </summary>
    public static string Resolve(IReadOnlyDictionary<string, string> environment, string home)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var fromVariable = environment.TryGetValue(Variable, out var list)
            ? list.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()
            : null;
        var path = fromVariable ?? Path.Combine(home, ".kube", "config");
        if (!File.Exists(path))
        {
            throw KubernetesDiagnostics.Exception(KubernetesDiagnostics.KubeconfigUnusableId, fromVariable is null ? "~/.kube/config" : Variable,
                "no kubeconfig file: Submit, Jobs and CancelJob reach a Kubernetes cluster with the user's kubeconfig", path,
                "set KUBECONFIG to your cluster's kubeconfig or write ~/.kube/config (e.g. with your cluster's login command)");
        }
        return path;
    }
}
