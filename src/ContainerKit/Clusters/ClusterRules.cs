using ContainerKit.Diagnostics;
using ContainerKit.Validation;

namespace ContainerKit.Clusters;

/// <summary>The catalog of cluster and job definition rules (<c>CK1200</c>-<c>CK1229</c>). Ids are stable: never renumber, only add.</summary>
public static class ClusterRules
{
    private const DiagnosticSeverity E = DiagnosticSeverity.Error;

    /// <summary>CK1200: <c>--cluster</c> names a cluster of <c>build/Clusters/</c>.</summary>
    public static readonly DiagnosticRule UnknownCluster = new("CK1200", E, "unknown cluster",
        "Pass the name of a cluster declared in build/Clusters/ (./build.sh RenderJobs lists them under artifacts/jobs/).");

    /// <summary>CK1201: <c>--job</c> names a job of the cluster.</summary>
    public static readonly DiagnosticRule UnknownJob = new("CK1201", E, "unknown job",
        "Pass the name of one of the cluster's Jobs, or leave --job out to run its unattended job with --command.");

    /// <summary>CK1202: a job's mount is one its entry declares.</summary>
    public static readonly DiagnosticRule UnknownMount = new("CK1202", E, "unknown mount",
        "List in Job.Mounts only container paths of mounts the job's environment declares for the entry (or leave it null for all of them).");

    /// <summary>CK1203: cluster and job names are valid Slurm job names and file names.</summary>
    public static readonly DiagnosticRule SlurmName = new("CK1203", E, "Slurm name",
        "Use 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit, e.g. train-small.");

    /// <summary>CK1204: names on a Kubernetes cluster are DNS-1123 labels.</summary>
    public static readonly DiagnosticRule Dns1123Name = new("CK1204", E, "DNS-1123 name",
        "Use at most 63 lower-case letters, digits or '-', starting and ending with a letter or digit, e.g. train-small.");

    /// <summary>CK1205: resources are inside the range a scheduler accepts.</summary>
    public static readonly DiagnosticRule ResourceRange = new("CK1205", E, "resource range",
        "Ask for 1-4096 CPUs per task, 1 MiB-64 TiB of memory, 0-64 GPUs per node, 1-4096 nodes, 1-1024 tasks per node and a time of 1 minute to 365 days.");

    /// <summary>CK1206: GPUs are only requested on a matrix entry with an accelerator.</summary>
    public static readonly DiagnosticRule GpusOnCpuEntry = new("CK1206", E, "GPUs on a cpu entry",
        "Run the job on an accelerated entry (e.g. Image = new() { Acceleration = \"cuda\" } or --acceleration cuda), or ask for no GPUs.");

    /// <summary>CK1207: cluster names, and job names within a cluster, are unique.</summary>
    public static readonly DiagnosticRule DuplicateName = new("CK1207", E, "duplicate name",
        "Give every cluster, and every job of a cluster, its own name.");

    /// <summary>CK1208: secrets are referenced by an entrypoint variable and absolute paths, never by value.</summary>
    public static readonly DiagnosticRule SecretReference = new("CK1208", E, "secret reference",
        "Reference a secret file: SecretReference.File(\"WANDB_API_KEY_FILE_AT\", \"~/.secrets/wandb\", at: \"/run/secrets/wandb\"); paths are absolute (the host path may start with ~/).");

    /// <summary>CK1209: the image source suits the runtime.</summary>
    public static readonly DiagnosticRule ImageSource = new("CK1209", E, "image source",
        "Docker reads the local daemon or a registry; Podman a registry; pyxis a registry or a .sqsh file; Apptainer a registry or a .sif file.");

    /// <summary>CK1210: a job has a command (its own or <c>--command</c>).</summary>
    public static readonly DiagnosticRule NoCommand = new("CK1210", E, "no command",
        "Set the job's Command, or pass --command \"...\".");

    /// <summary>CK1211: a job's image names one existing environment and matrix entry.</summary>
    public static readonly DiagnosticRule ImageSelection = new("CK1211", E, "job image",
        "Name an environment and entry of build/Environments in Job.Image, or select exactly one with --environment/--platform/--acceleration.");

    /// <summary>CK1212: a cluster setting (partition, account, qos, namespace, label, path) is well-formed.</summary>
    public static readonly DiagnosticRule ClusterSetting = new("CK1212", E, "cluster setting",
        "Use a plain word (letters, digits, '.', '_', '-') for partition, account and qos, and absolute paths for folders.");

    /// <summary>All rules, for documentation and uniqueness tests.</summary>
    public static IReadOnlyList<DiagnosticRule> All { get; } =
    [
        UnknownCluster, UnknownJob, UnknownMount, SlurmName, Dns1123Name, ResourceRange, GpusOnCpuEntry, DuplicateName,
        SecretReference, ImageSource, NoCommand, ImageSelection, ClusterSetting,
    ];
}
