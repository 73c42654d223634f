using System.Text.Json;
using ContainerKit.Clusters;
using ContainerKit.Docker.Kubernetes;

namespace ContainerKit.Tests.Clusters;

/// <summary>
/// Submit on the example Kubernetes and Run:ai clusters: the rendered Job goes through the official client's model
/// unchanged into the POST the fake API server records (no real API server can run here), and Jobs/CancelJob select
/// the project's Jobs by label and delete by name.
/// </summary>
public sealed class KubernetesSubmitterTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ck-kube-submit-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("gpu-kubernetes", "experiment", "research", null)]
    [InlineData("lab-runai", "dev", "runai-example-lab", "runai-scheduler")]
    public async Task Submit_posts_the_rendered_job_with_every_field(string clusterName, string jobName, string @namespace, string? scheduler)
    {
        var cluster = JobRenderSnapshotTests.Clusters.Single(c => c.Name == clusterName);
        var plan = ClusterCases.Plan(cluster, cluster.Jobs.Single(j => j.Name == jobName), ClusterCases.Cuda);
        await using var api = new FakeKubernetesApi(r => (201, r.Body));

        var name = await Submitter(api).SubmitAsync(plan, CancellationToken.None);

        Assert.Equal(plan.ScheduledName, name);
        var request = Assert.Single(api.Requests);
        Assert.Equal($"/apis/batch/v1/namespaces/{@namespace}/jobs", request.PathAndQuery);
        using var body = JsonDocument.Parse(request.Body);
        var pod = body.RootElement.GetProperty("spec").GetProperty("template").GetProperty("spec");
        Assert.Equal(scheduler, pod.TryGetProperty("schedulerName", out var s) ? s.GetString() : null);
        var container = pod.GetProperty("containers")[0];
        Assert.Equal(plan.Image, container.GetProperty("image").GetString());
        Assert.Equal(plan.Command, container.GetProperty("args").EnumerateArray().Select(a => a.GetString()!));
        Assert.Equal(plan.WorkingDirectory, container.GetProperty("workingDir").GetString());
        Assert.Equal(plan.Environment.Select(e => $"{e.Key}={e.Value}"),
            container.GetProperty("env").EnumerateArray().Select(e => $"{e.GetProperty("name").GetString()}={e.GetProperty("value").GetString()}"));
        Assert.Equal("1", container.GetProperty("resources").GetProperty("limits").GetProperty("nvidia.com/gpu").GetString());
        Assert.Contains(pod.GetProperty("volumes").EnumerateArray(), v => v.TryGetProperty("emptyDir", out var d) && d.GetProperty("medium").GetString() == "Memory");
    }

    [Fact]
    public async Task Jobs_and_CancelJob_use_the_project_label_and_the_namespace()
    {
        var cluster = (KubernetesCluster)JobRenderSnapshotTests.Clusters.Single(c => c.Name == "gpu-kubernetes");
        await using var api = new FakeKubernetesApi(r => (200, r.Method == "GET"
            ? """{"apiVersion":"batch/v1","kind":"JobList","metadata":{},"items":[{"metadata":{"name":"research-project-experiment"},"status":{"active":1}}]}"""
            : """{"apiVersion":"v1","kind":"Status","status":"Success"}"""));
        var submitter = Submitter(api);

        var jobs = await submitter.ListAsync(cluster, "research-project", CancellationToken.None);
        await submitter.CancelAsync(cluster, "research-project-experiment", CancellationToken.None);

        Assert.Equal([new KubernetesJobState("research-project-experiment", "Running")], jobs);
        Assert.Equal(
            ["GET /apis/batch/v1/namespaces/research/jobs?labelSelector=app.kubernetes.io%2Fmanaged-by%3Dcontainerkit%2Capp.kubernetes.io%2Fpart-of%3Dresearch-project&watch=false",
             "DELETE /apis/batch/v1/namespaces/research/jobs/research-project-experiment?propagationPolicy=Background"],
            api.Requests.Select(r => $"{r.Method} {r.PathAndQuery}"));
    }

    private KubernetesSubmitter Submitter(FakeKubernetesApi api) =>
        new(new Dictionary<string, string> { [KubeconfigLocation.Variable] = api.WriteKubeconfig(_folder) }, _folder);
}
