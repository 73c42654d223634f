using ContainerKit.Tests.Tools;

namespace ContainerKit.Tests.Clusters;

/// <summary>
/// The Kubernetes schema validator of tests/tools/kubernetes-schema: <c>validate.mjs</c> checks every YAML document
/// against the Kubernetes API's published OpenAPI schema, through the ajv validators the npm package
/// kubernetes-models generates from it (one per apiVersion and kind). Installed with <c>npm ci</c> on first use.
/// </summary>
public sealed class KubernetesSchemaFixture() : NpmToolFixture("tests/tools/kubernetes-schema", "kubernetes-models")
{
    /// <summary>Validates the manifests (file name, YAML text) in one run: the exit code (0 when every document is valid) and one line per document.</summary>
    public Task<(int ExitCode, string Output)> ValidateAsync(IReadOnlyDictionary<string, string> manifests) =>
        RunNodeOnFilesAsync(manifests, paths => ["validate.mjs", .. paths]);
}
