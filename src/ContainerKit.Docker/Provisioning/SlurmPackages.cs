namespace ContainerKit.Docker.Provisioning;

/// <summary>The Debian packages of the single-node test cluster, with the program that shows each is installed.</summary>
public static class SlurmPackages
{
    /// <summary>Package name to the program it provides.</summary>
    public static IReadOnlyList<(string Package, string Program)> All { get; } =
    [
        ("munge", "munged"),
        ("slurmctld", "slurmctld"),
        ("slurmd", "slurmd"),
        ("slurm-client", "sbatch"),
    ];
}
