using ContainerKit.Clusters;
using ContainerKit.Clusters.Planning;
using ContainerKit.Clusters.Rendering;

namespace ContainerKit.Docker.Kubernetes;

/// <summary>
/// Submit, Jobs and CancelJob on a <see cref="KubernetesCluster"/>: the job's rendered <c>batch/v1</c> Job created
/// through the official client with the user's kubeconfig, the project's Jobs listed by label, one deleted.
/// </summary>
/// <param name="environment">The process's variables (KUBECONFIG).</param>
/// <param name="home">The user's home folder (~/.kube/config).</param>
public sealed class KubernetesSubmitter(IReadOnlyDictionary<string, string> environment, string home)
{
    /// <summary>Creates <paramref name="plan"/>'s Job; returns its name.</summary>
    public async Task<string> SubmitAsync(JobPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var manifest = JobRenderers.Render(plan).Single(f => f.FileName.EndsWith(KubernetesJobRenderer.Extension, StringComparison.Ordinal));
        using var client = Client();
        return await client.CreateAsync(manifest.Text, $"artifacts/jobs/{plan.Cluster.Name}/{manifest.FileName}", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The Jobs of project <paramref name="projectName"/> in <paramref name="cluster"/>'s namespace.</summary>
    public async Task<IReadOnlyList<KubernetesJobState>> ListAsync(KubernetesCluster cluster, string projectName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        using var client = Client();
        return await client.ListAsync(cluster.Namespace, KubernetesLabels.Selector(projectName), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes Job <paramref name="name"/> (and its pods) from <paramref name="cluster"/>'s namespace.</summary>
    public async Task CancelAsync(KubernetesCluster cluster, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        using var client = Client();
        await client.DeleteAsync(cluster.Namespace, name, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>How to reach the sshd of a remote-development Job once its pod runs.</summary>
    public static string PortForwardHint(KubernetesCluster cluster, string jobName, int port)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        return $"when it runs: kubectl port-forward -n {cluster.Namespace} \"$(kubectl get pods -n {cluster.Namespace} -l job-name={jobName} -o name)\" {port}:{port}, then ssh -p {port} localhost";
    }

    private KubernetesJobClient Client() => KubernetesJobClient.FromKubeconfig(KubeconfigLocation.Resolve(environment, home));
}
