namespace ContainerKit.Tests.Clusters;

/// <summary>The schema validator the manifest tests rely on really rejects what the Kubernetes API schema forbids.</summary>
public sealed class KubernetesSchemaValidatorTests(KubernetesSchemaFixture schema) : IClassFixture<KubernetesSchemaFixture>
{
    private const string ValidJob = SampleJobManifest.Text;

    [Fact]
    public async Task A_valid_job_passes()
    {
        var (exit, output) = await schema.ValidateAsync(new Dictionary<string, string> { ["job.yaml"] = ValidJob });

        Assert.True(exit == 0, output);
        Assert.Contains("ok (batch/v1 Job train-unattended)", output);
    }

    [Theory]
    [InlineData("backoffLimit: 0", "backoffLimit: none", "/spec/backoffLimit must be integer")]
    [InlineData("- name: main\n          image:", "- image:", "must have required property name")]
    [InlineData("memory: 64Gi", "memory: lots", "/resources/limits/memory must match format \"quantity\"")]
    [InlineData("kind: Job", "kind: Jobb", "no schema for apiVersion \"batch/v1\" kind \"Jobb\"")]
    [InlineData("restartPolicy: Never", "restartPolicy: [Never]", "/spec/template/spec/restartPolicy must be string")]
    public async Task An_invalid_job_fails_with_the_schema_error(string valid, string invalid, string error)
    {
        Assert.Contains(valid, ValidJob);

        var (exit, output) = await schema.ValidateAsync(new Dictionary<string, string> { ["job.yaml"] = ValidJob.Replace(valid, invalid, StringComparison.Ordinal) });

        Assert.Equal(1, exit);
        Assert.Contains(error, output);
    }

    [Fact]
    public async Task Text_that_is_not_yaml_fails()
    {
        var (exit, output) = await schema.ValidateAsync(new Dictionary<string, string> { ["job.yaml"] = "apiVersion: batch/v1\nkind: Job\nkind: Job\n" });

        Assert.Equal(1, exit);
        Assert.Contains("invalid YAML", output);
    }
}
