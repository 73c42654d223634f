using System.Net;
using ContainerKit.Diagnostics;
using k8s;
using k8s.Autorest;
using k8s.Exceptions;
using k8s.Models;

namespace ContainerKit.Docker.Kubernetes;

/// <summary>
/// Creates, lists and deletes the project's <c>batch/v1</c> Jobs through the official Kubernetes client
/// (KubernetesClient) with the user's kubeconfig. Every failure is a CK313x diagnostic naming the request.
/// </summary>
public sealed class KubernetesJobClient : IDisposable
{
    private readonly IKubernetes _client;

    private KubernetesJobClient(IKubernetes client) => _client = client;

    /// <summary>A client for the kubeconfig file <paramref name="kubeconfig"/> (see <see cref="KubeconfigLocation"/>) and its current context.</summary>
    public static KubernetesJobClient FromKubeconfig(string kubeconfig)
    {
        KubernetesClientConfiguration configuration;
        try
        {
            configuration = KubernetesClientConfiguration.BuildConfigFromConfigFile(kubeconfig);
        }
        catch (Exception e) when (e is KubeConfigException or IOException or UnauthorizedAccessException or YamlDotNet.Core.YamlException or ArgumentException)
        {
            throw KubernetesDiagnostics.Exception(KubernetesDiagnostics.KubeconfigUnusableId, kubeconfig,
                $"the kubeconfig cannot be used: {e.Message}", hint: "check its current-context, cluster server and user entries");
        }
        return new KubernetesJobClient(new k8s.Kubernetes(configuration));
    }

    /// <summary>Creates the Job of <paramref name="manifest"/> (a rendered Job YAML file's text) in its namespace; returns the created Job's name.</summary>
    /// <param name="manifest">The Job; its metadata names the namespace.</param>
    /// <param name="file">The rendered file, for diagnostics.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public async Task<string> CreateAsync(string manifest, string file, CancellationToken cancellationToken)
    {
        var job = Read(manifest, file);
        var created = await RequestAsync($"create Job {job.Metadata.Name} in namespace {job.Metadata.NamespaceProperty}",
            () => _client.BatchV1.CreateNamespacedJobAsync(job, job.Metadata.NamespaceProperty, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return created.Metadata.Name;
    }

    /// <summary>The Jobs of <paramref name="namespace"/> matching <paramref name="labelSelector"/>, sorted by name.</summary>
    public async Task<IReadOnlyList<KubernetesJobState>> ListAsync(string @namespace, string labelSelector, CancellationToken cancellationToken)
    {
        var jobs = await RequestAsync($"list Jobs in namespace {@namespace} with labels {labelSelector}",
            () => _client.BatchV1.ListNamespacedJobAsync(@namespace, labelSelector: labelSelector, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return [.. jobs.Items.Select(j => new KubernetesJobState(j.Metadata.Name, State(j))).OrderBy(j => j.Name, StringComparer.Ordinal)];
    }

    /// <summary>Deletes Job <paramref name="name"/> of <paramref name="namespace"/> and, in the background, its pods.</summary>
    public Task DeleteAsync(string @namespace, string name, CancellationToken cancellationToken) =>
        RequestAsync($"delete Job {name} in namespace {@namespace}",
            () => _client.BatchV1.DeleteNamespacedJobAsync(name, @namespace, propagationPolicy: "Background", cancellationToken: cancellationToken));

    /// <inheritdoc />
    public void Dispose() => _client.Dispose();

    private static V1Job Read(string manifest, string file)
    {
        V1Job? job;
        try
        {
            job = KubernetesYaml.Deserialize<V1Job>(manifest);
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw KubernetesDiagnostics.Exception(KubernetesDiagnostics.ManifestUnreadableId, file, $"the Job manifest cannot be read: {e.Message}",
                hint: "run ./build.sh RenderJobs again");
        }
        if (job?.Kind != "Job" || string.IsNullOrEmpty(job.Metadata?.Name) || string.IsNullOrEmpty(job.Metadata.NamespaceProperty))
        {
            throw KubernetesDiagnostics.Exception(KubernetesDiagnostics.ManifestUnreadableId, file, "the manifest is not a Job with a name and a namespace",
                hint: "run ./build.sh RenderJobs again");
        }
        return job;
    }

    private static string State(V1Job job)
    {
        var conditions = job.Status?.Conditions ?? [];
        bool Has(string type) => conditions.Any(c => c.Type == type && c.Status == "True");
        if (Has("Complete")) return "Complete";
        if (Has("Failed")) return "Failed";
        if (Has("Suspended")) return "Suspended";
        return (job.Status?.Active ?? 0) > 0 ? "Running" : "Pending";
    }

    private static async Task<T> RequestAsync<T>(string request, Func<Task<T>> send)
    {
        try
        {
            return await send().ConfigureAwait(false);
        }
        catch (HttpOperationException e)
        {
            var status = e.Response?.StatusCode ?? 0;
            throw KubernetesDiagnostics.Exception(KubernetesDiagnostics.ApiRequestFailedId, request,
                $"the Kubernetes API answered {(int)status} {status}", e.Response?.Content, Hint(status));
        }
        catch (HttpRequestException e)
        {
            throw KubernetesDiagnostics.Exception(KubernetesDiagnostics.ApiRequestFailedId, request,
                $"the Kubernetes API server cannot be reached: {e.Message}", hint: "check the server of your kubeconfig's current context and your network");
        }
    }

    private static string? Hint(HttpStatusCode status) => status switch
    {
        HttpStatusCode.Unauthorized => "log in again: the kubeconfig's credentials were refused",
        HttpStatusCode.Forbidden => "your user may not do this in the namespace; ask the cluster's administrators",
        HttpStatusCode.NotFound => "check the namespace and the job name (./build.sh Jobs --cluster C lists them)",
        HttpStatusCode.Conflict => "a Job of that name exists: cancel it (CancelJob) or rename the job",
        _ => null,
    };
}
