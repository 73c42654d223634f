using ContainerKit.Diagnostics;
using ContainerKit.Validation;

namespace ContainerKit.Clusters.Planning;

/// <summary>The checks of one planned job (CK1203-CK1212): names, resources, GPUs, secrets, image source, command.</summary>
public static class JobValidator
{
    private const int MaxCpus = 4096;
    private const long MaxMemoryMebibytes = 64L * 1024 * 1024;
    private const int MaxGpus = 64;
    private const int MaxNodes = 4096;
    private const int MaxTasksPerNode = 1024;

    /// <summary>Every finding of <paramref name="plan"/>, empty when it is valid.</summary>
    public static IReadOnlyList<Diagnostic> Validate(JobPlan plan)
    {
        var found = new List<Diagnostic>();
        var at = $"{plan.Cluster.GetType().Name}.Jobs[{plan.Job.Name}]";
        void Add(DiagnosticRule rule, string member, string message, string? value) => found.Add(rule.At($"{at}.{member}", message, value));

        CheckNames(plan, Add);
        CheckResources(plan, Add);
        foreach (var target in (plan.Job.Mounts ?? []).Where(t => !(plan.Entry.Mounts ?? []).Any(m => m.Target == t)))
        {
            var declared = string.Join(", ", (plan.Entry.Mounts ?? []).Select(m => m.Target));
            Add(ClusterRules.UnknownMount, nameof(Job.Mounts), $"{plan.Entry.Environment}/{plan.Entry.Entry} declares no mount at this path (mounts: {(declared.Length == 0 ? "none" : declared)})", target);
        }
        foreach (var secret in plan.Secrets) CheckSecret(plan.Cluster, secret, Add);
        if (plan.Cluster is SlurmCluster slurm) CheckSlurm(slurm, Add);
        if (plan.Command.Count == 0 || plan.Command.All(string.IsNullOrWhiteSpace))
        {
            Add(ClusterRules.NoCommand, nameof(Job.Command), $"job '{plan.Job.Name}' has no command to run", null);
        }
        found.AddRange(ClusterTargetValidator.Validate(plan));
        return found;
    }

    private static void CheckNames(JobPlan plan, Action<DiagnosticRule, string, string, string?> add)
    {
        if (plan.Cluster is KubernetesCluster)
        {
            foreach (var (what, value) in new[] { ("cluster name", plan.Cluster.Name), ("job name", plan.Job.Name), ("scheduled job name", plan.ScheduledName) })
            {
                if (!ClusterNames.IsDns1123Label(value)) add(ClusterRules.Dns1123Name, nameof(Job.Name), $"the {what} is not a DNS-1123 label", value);
            }
            return;
        }
        foreach (var (what, value) in new[] { ("cluster name", plan.Cluster.Name), ("job name", plan.Job.Name), ("scheduled job name", plan.ScheduledName) })
        {
            if (!ClusterNames.IsSlurmName(value)) add(ClusterRules.SlurmName, nameof(Job.Name), $"the {what} is not a valid Slurm job name", value);
        }
    }

    private static void CheckResources(JobPlan plan, Action<DiagnosticRule, string, string, string?> add)
    {
        var r = plan.Resources;
        const string member = nameof(Job.Resources);
        if (r.Cpus is { } cpus && cpus is < 1 or > MaxCpus) add(ClusterRules.ResourceRange, member, "CPUs per task are out of range", cpus.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (r.Memory is { } memory && (memory.Mebibytes < 1 || memory.Mebibytes > MaxMemoryMebibytes)) add(ClusterRules.ResourceRange, member, "memory is out of range", $"{memory.Mebibytes} MiB");
        if (r.Gpus is { } gpus && gpus is < 0 or > MaxGpus) add(ClusterRules.ResourceRange, member, "GPUs per node are out of range", gpus.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (r.Time is { } time && (time < TimeSpan.FromMinutes(1) || time > TimeSpan.FromDays(365))) add(ClusterRules.ResourceRange, member, "the time limit is out of range", time.ToString());
        if (plan.Nodes is < 1 or > MaxNodes) add(ClusterRules.ResourceRange, nameof(DistributedJob.Nodes), "the node count is out of range", plan.Nodes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (plan.TasksPerNode is < 1 or > MaxTasksPerNode) add(ClusterRules.ResourceRange, nameof(DistributedJob.TasksPerNode), "the tasks per node are out of range", plan.TasksPerNode.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (r.Gpus is > 0 && !plan.Entry.Accelerated)
        {
            add(ClusterRules.GpusOnCpuEntry, member, $"the job asks for GPUs but runs the {plan.Entry.Acceleration} entry {plan.Entry.Environment}/{plan.Entry.Entry}", r.Gpus.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static void CheckSecret(ClusterDefinition cluster, SecretReference secret, Action<DiagnosticRule, string, string, string?> add)
    {
        const string member = nameof(Job.Secrets);
        if (!Grammar.IsEnvVarName(secret.Variable)) add(ClusterRules.SecretReference, member, "the secret's variable is not an environment variable name", secret.Variable);
        if (!Grammar.IsAbsolutePath(secret.At)) add(ClusterRules.SecretReference, member, "the secret's path inside the container is not absolute", secret.At);
        switch (secret)
        {
            case FileSecret file when !(Grammar.IsAbsolutePath(file.HostPath) || (file.HostPath.StartsWith("~/", StringComparison.Ordinal) && Grammar.IsAbsolutePath(file.HostPath[1..]))):
                add(ClusterRules.SecretReference, member, "the secret file's path is neither absolute nor ~/...", file.HostPath);
                break;
            case KubernetesSecret kubernetes when cluster is not KubernetesCluster:
                add(ClusterRules.SecretReference, member, "a Kubernetes secret is referenced on a cluster that is not Kubernetes", kubernetes.SecretName);
                break;
            case KubernetesSecret kubernetes when !ClusterNames.IsDns1123Label(kubernetes.SecretName):
                add(ClusterRules.SecretReference, member, "the Kubernetes secret's name is not a DNS-1123 label", kubernetes.SecretName);
                break;
        }
    }

    private static void CheckSlurm(SlurmCluster cluster, Action<DiagnosticRule, string, string, string?> add)
    {
        foreach (var (member, value) in new[] { (nameof(SlurmCluster.Partition), cluster.Partition), (nameof(SlurmCluster.Account), cluster.Account), (nameof(SlurmCluster.Qos), cluster.Qos) })
        {
            if (value is not null && !ClusterNames.IsSchedulerWord(value)) add(ClusterRules.ClusterSetting, member, $"the {member.ToLowerInvariant()} is not a plain word", value);
        }
        var source = cluster.ImageSource;
        var problem = (cluster.Runtime, source) switch
        {
            (SlurmContainerRuntime.Podman, not RegistryImageSource) => "Podman pulls the image from a registry",
            (SlurmContainerRuntime.Docker, ImageFileSource) => "Docker cannot read an image file",
            (SlurmContainerRuntime.Pyxis or SlurmContainerRuntime.Apptainer, LocalDaemonImageSource) => $"{cluster.Runtime} cannot read a Docker daemon's images",
            (SlurmContainerRuntime.Pyxis, ImageFileSource file) when !file.Path.EndsWith(".sqsh", StringComparison.Ordinal) => "pyxis reads a .sqsh image file",
            (SlurmContainerRuntime.Apptainer, ImageFileSource file) when !file.Path.EndsWith(".sif", StringComparison.Ordinal) => "Apptainer reads a .sif image file",
            _ => null,
        };
        if (problem is not null) add(ClusterRules.ImageSource, nameof(SlurmCluster.ImageSource), problem, source.ToString());
    }
}
