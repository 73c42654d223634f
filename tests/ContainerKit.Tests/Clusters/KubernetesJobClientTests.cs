using System.Text.Json;
using ContainerKit.Diagnostics;
using ContainerKit.Docker.Kubernetes;

namespace ContainerKit.Tests.Clusters;

/// <summary>
/// The Kubernetes client calls, checked against a loopback fake API server (no Kubernetes API server can run here):
/// the requests' method, path, query, credentials and body, and what the answers become.
/// </summary>
public sealed class KubernetesJobClientTests : IDisposable
{
    private const string Manifest = SampleJobManifest.Text;

    private readonly string _folder = Directory.CreateTempSubdirectory("ck-kube-client-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Create_posts_the_job_to_its_namespace_with_the_kubeconfig_token_and_returns_the_created_name()
    {
        await using var api = new FakeKubernetesApi(r => (201, CreatedJob(r.Body)));
        using var client = KubernetesJobClient.FromKubeconfig(api.WriteKubeconfig(_folder));

        var name = await client.CreateAsync(Manifest, "artifacts/jobs/k/train-unattended.yaml", CancellationToken.None);

        Assert.Equal("train-unattended", name);
        var request = Assert.Single(api.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/apis/batch/v1/namespaces/research/jobs", request.PathAndQuery);
        Assert.Equal($"Bearer {FakeKubernetesApi.Token}", request.Authorization);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("Job", body.RootElement.GetProperty("kind").GetString());
        Assert.Equal("containerkit", body.RootElement.GetProperty("metadata").GetProperty("labels").GetProperty("app.kubernetes.io/managed-by").GetString());
        var container = body.RootElement.GetProperty("spec").GetProperty("template").GetProperty("spec").GetProperty("containers")[0];
        Assert.Equal(["python3", "-c", "print(6*7)"], container.GetProperty("args").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task List_selects_by_label_and_reports_each_state()
    {
        const string list = """
            {"apiVersion":"batch/v1","kind":"JobList","metadata":{},"items":[
              {"metadata":{"name":"b-running"},"status":{"active":1}},
              {"metadata":{"name":"a-done"},"status":{"succeeded":1,"conditions":[{"type":"Complete","status":"True"}]}},
              {"metadata":{"name":"c-failed"},"status":{"failed":1,"conditions":[{"type":"Failed","status":"True"}]}},
              {"metadata":{"name":"d-new"}}]}
            """;
        await using var api = new FakeKubernetesApi(_ => (200, list));
        using var client = KubernetesJobClient.FromKubeconfig(api.WriteKubeconfig(_folder));

        var jobs = await client.ListAsync("research", "app.kubernetes.io/part-of=research-project", CancellationToken.None);

        Assert.Equal(
            [new("a-done", "Complete"), new("b-running", "Running"), new("c-failed", "Failed"), new KubernetesJobState("d-new", "Pending")],
            jobs);
        var request = Assert.Single(api.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal("/apis/batch/v1/namespaces/research/jobs?labelSelector=app.kubernetes.io%2Fpart-of%3Dresearch-project&watch=false", request.PathAndQuery);
    }

    [Fact]
    public async Task Delete_removes_the_job_and_its_pods_in_the_background()
    {
        await using var api = new FakeKubernetesApi(_ => (200, """{"apiVersion":"v1","kind":"Status","status":"Success"}"""));
        using var client = KubernetesJobClient.FromKubeconfig(api.WriteKubeconfig(_folder));

        await client.DeleteAsync("research", "train-unattended", CancellationToken.None);

        var request = Assert.Single(api.Requests);
        Assert.Equal("DELETE", request.Method);
        Assert.Equal("/apis/batch/v1/namespaces/research/jobs/train-unattended?propagationPolicy=Background", request.PathAndQuery);
    }

    [Fact]
    public async Task A_refused_request_is_a_ck3131_diagnostic_with_the_api_answer()
    {
        const string conflict = """{"apiVersion":"v1","kind":"Status","status":"Failure","message":"jobs.batch \"train-unattended\" already exists","reason":"AlreadyExists","code":409}""";
        await using var api = new FakeKubernetesApi(_ => (409, conflict));
        using var client = KubernetesJobClient.FromKubeconfig(api.WriteKubeconfig(_folder));

        var error = await Assert.ThrowsAsync<DiagnosticException>(() => client.CreateAsync(Manifest, "job.yaml", CancellationToken.None));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(KubernetesDiagnostics.ApiRequestFailedId, diagnostic.Id);
        Assert.Contains("409", diagnostic.Message);
        Assert.Contains("already exists", diagnostic.Value);
        Assert.Contains("CancelJob", diagnostic.Hint);
    }

    [Fact]
    public void A_missing_kubeconfig_is_a_ck3130_diagnostic_naming_the_path()
    {
        var missing = Path.Combine(_folder, "nowhere", "config");

        var error = Assert.Throws<DiagnosticException>(() => KubeconfigLocation.Resolve(new Dictionary<string, string> { ["KUBECONFIG"] = missing }, _folder));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(KubernetesDiagnostics.KubeconfigUnusableId, diagnostic.Id);
        Assert.Equal(missing, diagnostic.Value);
    }

    [Fact]
    public void Kubeconfig_is_the_first_file_of_KUBECONFIG_else_the_home_one()
    {
        var first = Path.Combine(_folder, "first");
        File.WriteAllText(first, "");
        Directory.CreateDirectory(Path.Combine(_folder, ".kube"));
        File.WriteAllText(Path.Combine(_folder, ".kube", "config"), "");

        Assert.Equal(first, KubeconfigLocation.Resolve(new Dictionary<string, string> { ["KUBECONFIG"] = $"{first}:{_folder}/second" }, _folder));
        Assert.Equal(Path.Combine(_folder, ".kube", "config"), KubeconfigLocation.Resolve(new Dictionary<string, string>(), _folder));
    }

    private static string CreatedJob(string requestBody)
    {
        using var job = JsonDocument.Parse(requestBody);
        var name = job.RootElement.GetProperty("metadata").GetProperty("name").GetString();
        return $$$"""{"apiVersion":"batch/v1","kind":"Job","metadata":{"name":"{{{name}}}","namespace":"research","uid":"1"}}""";
    }
}
