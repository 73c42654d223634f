using ContainerKit.Diagnostics;
using ContainerKit.Validation;

namespace ContainerKit.Clusters;

/// <summary>
/// The rules of the rendered routes that cannot run here (pyxis/enroot, Apptainer, EDF, Kubernetes, Run:ai):
/// <c>CK1230</c>-<c>CK1249</c>, beside <see cref="ClusterRules"/>. Ids are stable: never renumber, only add.
/// </summary>
public static class ClusterTargetRules
{
    private const DiagnosticSeverity E = DiagnosticSeverity.Error;

    /// <summary>CK1230: paths pyxis, Apptainer and an EDF join into mount lists have no ',' or ':' and are absolute.</summary>
    public static readonly DiagnosticRule MountPath = new("CK1230", E, "mount path",
        "Use absolute paths without ',' or ':' for the project folder, the working directory and secrets: pyxis, Apptainer and EDF mount lists split on them.");

    /// <summary>CK1231: an EDF is only written for the pyxis runtime.</summary>
    public static readonly DiagnosticRule EdfRuntime = new("CK1231", E, "EDF runtime",
        "Set Edf only on a SlurmCluster whose Runtime is SlurmContainerRuntime.Pyxis (the enroot-based container engine reads it).");

    /// <summary>CK1232: distributed jobs run on Slurm clusters.</summary>
    public static readonly DiagnosticRule DistributedOnKubernetes = new("CK1232", E, "distributed job on Kubernetes",
        "Run a DistributedJob on a SlurmCluster; on Kubernetes and Run:ai declare an UnattendedJob.");

    /// <summary>CK1233: the secret reference suits the cluster (files on Slurm, Kubernetes secrets on Kubernetes, neither through the runai CLI).</summary>
    public static readonly DiagnosticRule SecretKind = new("CK1233", E, "secret kind",
        "On Kubernetes use SecretReference.Kubernetes(variable, secret, key, at); on Run:ai put the secret file on a PVC and set its variable in Variables.Extra (e.g. WANDB_API_KEY_FILE_AT=/pvc/me/.wandb-key).");

    /// <summary>CK1234: a Kubernetes cluster's names and paths are what the API server accepts.</summary>
    public static readonly DiagnosticRule KubernetesSetting = new("CK1234", E, "Kubernetes setting",
        "Use a DNS-1123 label for the namespace and the Run:ai project, DNS-1123 subdomains for claim, secret and scheduler names, a qualified name for the GPU resource, distinct absolute mount paths.");

    /// <summary>CK1235: labels and node selectors are valid Kubernetes label keys and values.</summary>
    public static readonly DiagnosticRule KubernetesLabel = new("CK1235", E, "Kubernetes label",
        "Use a qualified name as the key (prefix/name, e.g. example.org/team) and at most 63 letters, digits, '-', '_' or '.' as the value, alphanumeric at both ends.");

    /// <summary>CK1236: tolerations are well-formed.</summary>
    public static readonly DiagnosticRule TolerationForm = new("CK1236", E, "toleration",
        "Use operator Equal (with a key and a value) or Exists (without a value), and effect NoSchedule, PreferNoSchedule, NoExecute or none.");

    /// <summary>CK1237: the shared memory size is in range.</summary>
    public static readonly DiagnosticRule SharedMemory = new("CK1237", E, "shared memory",
        "Give SharedMemorySize 1 MiB to 64 TiB, or null for none.");

    /// <summary>CK1238: the entry's mounts suit the route (bind mounts on pyxis/Apptainer/EDF, none on Kubernetes).</summary>
    public static readonly DiagnosticRule MountKind = new("CK1238", E, "mount kind",
        "Named volumes run with Docker and Podman only; a Kubernetes pod reads data from its PVCs: set the job's Mounts to the bind mounts it needs, or [] for none.");

    /// <summary>All rules, for documentation and uniqueness tests.</summary>
    public static IReadOnlyList<DiagnosticRule> All { get; } =
        [MountPath, EdfRuntime, DistributedOnKubernetes, SecretKind, KubernetesSetting, KubernetesLabel, TolerationForm, SharedMemory, MountKind];
}
