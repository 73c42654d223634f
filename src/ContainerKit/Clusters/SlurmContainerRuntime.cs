namespace ContainerKit.Clusters;

/// <summary>How a Slurm job starts its container.</summary>
public enum SlurmContainerRuntime
{
    /// <summary><c>srun --container-image=...</c> (NVIDIA pyxis/enroot); pulls <c>docker://</c> references or reads a <c>.sqsh</c> file.</summary>
    Pyxis,
    /// <summary><c>apptainer run</c>; pulls <c>docker://</c> references or reads a <c>.sif</c> file.</summary>
    Apptainer,
    /// <summary><c>podman run</c> in the batch script; pulls from a registry.</summary>
    Podman,
    /// <summary><c>docker run</c> in the batch script (host networking); uses the node's local Docker daemon.</summary>
    Docker,
}
