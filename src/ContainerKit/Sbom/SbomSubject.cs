namespace ContainerKit.Sbom;

/// <summary>The image an SBOM describes (its <c>metadata.component</c>).</summary>
/// <param name="Reference">The local reference it was read through, e.g. <c>lab/project:amd64-cpu-run-latest-root</c>.</param>
/// <param name="ImageId">The image id (<c>sha256:</c> of its config).</param>
/// <param name="Labels">The image's labels (the provenance labels among them), written as component properties.</param>
public sealed record SbomSubject(string Reference, string ImageId, IReadOnlyDictionary<string, string> Labels);
