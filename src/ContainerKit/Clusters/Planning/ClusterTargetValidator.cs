using ContainerKit.Diagnostics;
using ContainerKit.Validation;

namespace ContainerKit.Clusters.Planning;

/// <summary>
/// The checks of a planned job that the pyxis/enroot, Apptainer, EDF, Kubernetes and Run:ai routes add
/// (<see cref="ClusterTargetRules"/>, CK1230-CK1237); <see cref="JobValidator"/> runs them with its own.
/// </summary>
public static class ClusterTargetValidator
{
    private static readonly string[] Effects = ["NoSchedule", "PreferNoSchedule", "NoExecute"];

    /// <summary>Every finding of <paramref name="plan"/> for its route, empty when it is valid.</summary>
    public static IReadOnlyList<Diagnostic> Validate(JobPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var found = new List<Diagnostic>();
        var at = plan.Cluster.GetType().Name;
        void Add(DiagnosticRule rule, string member, string message, string? value) => found.Add(rule.At($"{at}.{member}", message, value));
        switch (plan.Cluster)
        {
            case SlurmCluster slurm:
                CheckSlurm(plan, slurm, Add);
                break;
            case KubernetesCluster kubernetes:
                CheckKubernetes(plan, kubernetes, Add);
                break;
        }
        return found;
    }

    private static void CheckSlurm(JobPlan plan, SlurmCluster cluster, Action<DiagnosticRule, string, string, string?> add)
    {
        if (cluster.Edf is not null && cluster.Runtime != SlurmContainerRuntime.Pyxis)
        {
            add(ClusterTargetRules.EdfRuntime, nameof(SlurmCluster.Edf), $"an EDF is set on a cluster with the {cluster.Runtime} runtime", cluster.Runtime.ToString());
        }
        if (cluster.Runtime is not (SlurmContainerRuntime.Pyxis or SlurmContainerRuntime.Apptainer)) return;
        var paths = new List<(string Member, string Path)>
        {
            ("ProjectFolder", plan.ProjectFolder),
            ($"Jobs[{plan.Job.Name}].Variables.ProjectRootAt", plan.WorkingDirectory),
        };
        foreach (var secret in plan.Secrets.OfType<FileSecret>())
        {
            paths.Add(($"Jobs[{plan.Job.Name}].Secrets", secret.HostPath));
            paths.Add(($"Jobs[{plan.Job.Name}].Secrets", secret.At));
        }
        foreach (var mount in plan.Mounts)
        {
            if (mount.IsVolume) add(ClusterTargetRules.MountKind, $"Jobs[{plan.Job.Name}].Mounts", $"{cluster.Runtime} cannot mount a named volume", mount.Target);
            paths.Add(($"Jobs[{plan.Job.Name}].Mounts", mount.Source));
            paths.Add(($"Jobs[{plan.Job.Name}].Mounts", mount.Target));
        }
        foreach (var (member, path) in paths.Where(p => p.Path.Contains(',') || p.Path.Contains(':')))
        {
            add(ClusterTargetRules.MountPath, member, $"{cluster.Runtime} mount lists cannot hold a path with ',' or ':'", path);
        }
    }

    private static void CheckKubernetes(JobPlan plan, KubernetesCluster cluster, Action<DiagnosticRule, string, string, string?> add)
    {
        var job = $"Jobs[{plan.Job.Name}]";
        if (plan.Job is DistributedJob) add(ClusterTargetRules.DistributedOnKubernetes, job, "distributed jobs run on Slurm clusters", plan.Job.Name);
        foreach (var mount in plan.Mounts)
        {
            add(ClusterTargetRules.MountKind, $"{job}.Mounts", "a pod cannot bind a folder of the submitting machine; put the data on a PVC (PvcMounts) and set Mounts = []", mount.Target);
        }
        foreach (var secret in plan.Secrets)
        {
            var problem = (cluster, secret) switch
            {
                (_, FileSecret) when cluster is not RunaiCluster => "a Kubernetes pod cannot read a file of the submitting machine",
                (RunaiCluster, _) => "the runai CLI cannot mount a secret as a file",
                _ => null,
            };
            if (problem is not null) add(ClusterTargetRules.SecretKind, $"{job}.Secrets", problem, secret.Variable);
        }
        if (!ClusterNames.IsDns1123Label(cluster.Namespace)) add(ClusterTargetRules.KubernetesSetting, nameof(KubernetesCluster.Namespace), "the namespace is not a DNS-1123 label", cluster.Namespace);
        if (cluster is RunaiCluster runai && !ClusterNames.IsDns1123Label(runai.Project)) add(ClusterTargetRules.KubernetesSetting, nameof(RunaiCluster.Project), "the Run:ai project is not a DNS-1123 label", runai.Project);
        if (cluster.SchedulerName is { } scheduler && !KubernetesNames.IsDns1123Subdomain(scheduler)) add(ClusterTargetRules.KubernetesSetting, nameof(KubernetesCluster.SchedulerName), "the scheduler name is not a DNS-1123 subdomain", scheduler);
        if (cluster.ImagePullSecret is { } pull && !KubernetesNames.IsDns1123Subdomain(pull)) add(ClusterTargetRules.KubernetesSetting, nameof(KubernetesCluster.ImagePullSecret), "the image pull secret is not a DNS-1123 subdomain", pull);
        if (!KubernetesNames.IsQualifiedName(cluster.GpuResourceName)) add(ClusterTargetRules.KubernetesSetting, nameof(KubernetesCluster.GpuResourceName), "the GPU resource name is not a qualified name", cluster.GpuResourceName);
        foreach (var claim in cluster.PvcMounts)
        {
            if (!KubernetesNames.IsDns1123Subdomain(claim.ClaimName)) add(ClusterTargetRules.KubernetesSetting, nameof(KubernetesCluster.PvcMounts), "the claim name is not a DNS-1123 subdomain", claim.ClaimName);
            if (!Grammar.IsAbsolutePath(claim.MountPath) || claim.MountPath.Contains(':')) add(ClusterTargetRules.KubernetesSetting, nameof(KubernetesCluster.PvcMounts), "the mount path is not an absolute path without ':'", claim.MountPath);
        }
        var mountPaths = cluster.PvcMounts.Select(c => c.MountPath).Concat(cluster.SharedMemorySize is null ? [] : ["/dev/shm"]).Concat(plan.Secrets.Select(s => s.At));
        foreach (var duplicate in mountPaths.GroupBy(p => p, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            add(ClusterTargetRules.KubernetesSetting, nameof(KubernetesCluster.PvcMounts), "two volumes are mounted at one path", duplicate.Key);
        }
        foreach (var secret in plan.Secrets.OfType<KubernetesSecret>().Where(s => !KubernetesNames.IsDns1123Subdomain(s.SecretName)))
        {
            add(ClusterTargetRules.KubernetesSetting, $"{job}.Secrets", "the secret name is not a DNS-1123 subdomain", secret.SecretName);
        }
        if (cluster.SharedMemorySize is { } shm && shm.Mebibytes is < 1 or > 64L * 1024 * 1024)
        {
            add(ClusterTargetRules.SharedMemory, nameof(KubernetesCluster.SharedMemorySize), "the shared memory size is out of range", $"{shm.Mebibytes} MiB");
        }
        CheckLabels(plan, cluster, add);
        foreach (var toleration in cluster.Tolerations) CheckToleration(toleration, add);
    }

    private static void CheckLabels(JobPlan plan, KubernetesCluster cluster, Action<DiagnosticRule, string, string, string?> add)
    {
        var labels = new List<(string Member, string Key, string Value)> { ("Project", "app.kubernetes.io/part-of", plan.Entry.ProjectName) };
        if (cluster.ProjectLabel is { } project) labels.Add((nameof(KubernetesCluster.ProjectLabel), project.Key, project.Value));
        labels.AddRange(cluster.NodeSelector.Select(p => (nameof(KubernetesCluster.NodeSelector), p.Key, p.Value)));
        foreach (var (member, key, value) in labels)
        {
            if (!KubernetesNames.IsQualifiedName(key)) add(ClusterTargetRules.KubernetesLabel, member, "the label key is not a qualified name", key);
            if (!KubernetesNames.IsLabelValue(value)) add(ClusterTargetRules.KubernetesLabel, member, $"the value of label {key} is not a label value", value);
        }
    }

    private static void CheckToleration(Toleration toleration, Action<DiagnosticRule, string, string, string?> add)
    {
        const string member = nameof(KubernetesCluster.Tolerations);
        var problem = toleration switch
        {
            { Operator: not ("Equal" or "Exists") } => "the operator is neither Equal nor Exists",
            { Operator: "Exists", Value: not null } => "an Exists toleration has no value",
            { Operator: "Equal", Key: null } => "an Equal toleration needs a key",
            { Key: { } key } when !KubernetesNames.IsQualifiedName(key) => "the key is not a qualified name",
            { Value: { } value } when !KubernetesNames.IsLabelValue(value) => "the value is not a label value",
            { Effect: { } effect } when !Effects.Contains(effect) => "the effect is not NoSchedule, PreferNoSchedule or NoExecute",
            _ => null,
        };
        if (problem is not null) add(ClusterTargetRules.TolerationForm, member, problem, toleration.ToString());
    }
}
