using ContainerKit.Definitions;
using ContainerKit.Model;
using ContainerKit.Rendering;

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
/// <param name="Mounts">The entry's declared mounts (render.json), host paths resolved against the project folder on the cluster; null for none.</param>
/// <param name="Devices">The entry's device options (GPUs, devices, groups), as Run passes them; null for none.</param>
public sealed record JobEntry(
    string Environment,
    string Entry,
    string Acceleration,
    bool Accelerated,
    string ProjectName,
    string PackageName,
    string ProjectRootAt,
    string LocalImage,
    IReadOnlyList<ResolvedMount>? Mounts = null,
    DeviceOptions? Devices = null)
{
    /// <summary>
    /// The entry of a rendered folder running <paramref name="image"/>: project settings from <paramref name="project"/>,
    /// mounts resolved against <paramref name="projectFolder"/> (the project's folder on the cluster), devices as Run passes them.
    /// </summary>
    public static JobEntry From(RenderedEntry rendered, Project project, string image, string projectFolder)
    {
        ArgumentNullException.ThrowIfNull(rendered);
        ArgumentNullException.ThrowIfNull(project);
        var manifest = rendered.Manifest;
        return new JobEntry(manifest.Environment, manifest.Entry, manifest.Acceleration, rendered.Entry.Acceleration.Kind != AccelerationKind.Cpu,
            project.Name, project.Package, manifest.ProjectRootAt, image, manifest.ResolvedMounts(projectFolder), manifest.DeviceOptionsToPass());
    }
}
