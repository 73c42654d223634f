namespace ContainerKit.Clusters.Planning;

/// <summary>
/// The environment entry a job runs, as the host resolved it from the rendered entry (<c>render.json</c>) and the
/// images present: the project settings and the local reference of the chosen image (user image when built, else generic).
/// </summary>
/// <param name="Environment">The environment name (definition class).</param>
/// <param name="Entry">The matrix entry key, e.g. <c>amd64-cpu</c>.</param>
/// <param name="Acceleration">The entry's acceleration name, e.g. <c>cpu</c>.</param>
/// <param name="Accelerated">Whether the entry has an accelerator (GPUs may be requested).</param>
/// <param name="ProjectName">PROJECT_NAME.</param>
/// <param name="PackageName">PACKAGE_NAME.</param>
/// <param name="ProjectRootAt">PROJECT_ROOT_AT, the job's working directory.</param>
/// <param name="LocalImage">The image as tagged locally, e.g. <c>example-lab/research-project:amd64-cpu-run-latest-root</c>.</param>
public sealed record JobEntry(
    string Environment,
    string Entry,
    string Acceleration,
    bool Accelerated,
    string ProjectName,
    string PackageName,
    string ProjectRootAt,
    string LocalImage);
