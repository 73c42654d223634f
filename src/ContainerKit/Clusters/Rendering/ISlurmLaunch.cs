using ContainerKit.Clusters.Planning;

namespace ContainerKit.Clusters.Rendering;

/// <summary>
/// The body of a Slurm batch script for one container runtime: what runs after the <c>#SBATCH</c> header and
/// <c>set -euo pipefail</c> to start the job's tasks in their containers.
/// </summary>
public interface ISlurmLaunch
{
    /// <summary>The runtime this launch serves.</summary>
    SlurmContainerRuntime Runtime { get; }

    /// <summary>The script lines (bash, shellcheck-clean), ending with a newline.</summary>
    string Render(JobPlan plan);
}
