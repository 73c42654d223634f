using System.Globalization;

namespace ContainerKit.Clusters;

/// <summary>An amount of memory in mebibytes, rendered per scheduler (<c>64G</c> for Slurm and Run:ai, <c>64Gi</c> for Kubernetes).</summary>
/// <param name="Mebibytes">The size in MiB.</param>
public readonly record struct MemorySize(long Mebibytes)
{
    /// <summary><paramref name="value"/> MiB.</summary>
    public static MemorySize Megabytes(long value) => new(value);

    /// <summary><paramref name="value"/> GiB.</summary>
    public static MemorySize Gigabytes(long value) => new(value * 1024);

    /// <summary>Slurm's and runai's form: whole GiB as <c>64G</c>, else MiB as <c>512M</c>.</summary>
    public string ToSlurm() => Mebibytes % 1024 == 0
        ? (Mebibytes / 1024).ToString(CultureInfo.InvariantCulture) + "G"
        : Mebibytes.ToString(CultureInfo.InvariantCulture) + "M";

    /// <summary>The Kubernetes quantity: <c>64Gi</c> or <c>512Mi</c>.</summary>
    public string ToKubernetes() => ToSlurm() + "i";

    /// <inheritdoc />
    public override string ToString() => ToSlurm();
}
