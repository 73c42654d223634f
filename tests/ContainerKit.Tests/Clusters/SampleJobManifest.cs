namespace ContainerKit.Tests.Clusters;

/// <summary>A small hand-written <c>batch/v1</c> Job for the validator's and the client's own tests.</summary>
internal static class SampleJobManifest
{
    /// <summary>The Job (name <c>train-unattended</c>, namespace <c>research</c>).</summary>
    public const string Text = """
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: train-unattended
          namespace: research
          labels:
            app.kubernetes.io/managed-by: containerkit
        spec:
          backoffLimit: 0
          template:
            spec:
              restartPolicy: Never
              containers:
                - name: main
                  image: registry.example.org/lab/research-project:amd64-cpu-run-latest-root
                  args: ["python3", "-c", "print(6*7)"]
                  resources:
                    limits:
                      memory: 64Gi
                      nvidia.com/gpu: 1

        """;
}
