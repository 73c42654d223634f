using System.Globalization;
using ContainerKit.Clusters.Planning;
using ContainerKit.Rendering;
using YamlDotNet.RepresentationModel;

namespace ContainerKit.Clusters.Rendering;

/// <summary>
/// <c>&lt;job&gt;.yaml</c> of a Kubernetes (or Run:ai) cluster: a <c>batch/v1</c> Job in the cluster's namespace that
/// runs once (<c>backoffLimit: 0</c>, <c>restartPolicy: Never</c>). Its pod: the cluster's scheduler, labels, image
/// pull secret, node selector and tolerations; one container running the image's entrypoint with the command as
/// <c>args</c>, the project as <c>workingDir</c>, the entrypoint's variables as <c>env</c>, CPUs, memory and GPUs (by
/// the cluster's GPU resource name) as resources, the PVCs, shared memory as an in-memory <c>emptyDir</c> on
/// <c>/dev/shm</c>, and each Kubernetes secret mounted read-only as a file (never its value).
/// </summary>
public sealed class KubernetesJobRenderer : IJobRenderer
{
    /// <summary>The extension of the manifest.</summary>
    public const string Extension = ".yaml";

    /// <summary>The name of the job's container.</summary>
    public const string ContainerName = "main";

    /// <inheritdoc />
    public IReadOnlyList<JobFile> Render(JobPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Cluster is not KubernetesCluster cluster) return [];
        var labels = Labels(plan);
        var spec = new YamlMappingNode { { "backoffLimit", "0" } };
        if (plan.Resources.Time is { } time) spec.Add("activeDeadlineSeconds", ((long)time.TotalSeconds).ToString(CultureInfo.InvariantCulture));
        spec.Add("template", new YamlMappingNode
        {
            { "metadata", new YamlMappingNode { { "labels", Labels(plan) } } },
            { "spec", PodSpec(plan, cluster) },
        });
        var job = new YamlMappingNode
        {
            { "apiVersion", "batch/v1" },
            { "kind", "Job" },
            {
                "metadata", new YamlMappingNode
                {
                    { "name", Yaml.Text(plan.ScheduledName) },
                    { "namespace", Yaml.Text(cluster.Namespace) },
                    { "labels", labels },
                }
            },
            { "spec", spec },
        };
        var header = $"# ContainerKit job '{plan.Job.Name}' of cluster '{cluster.Name}': {plan.Entry.Environment}/{plan.Entry.Entry}.\n"
            + $"# Submit with ./build.sh Submit --cluster {cluster.Name} --job {plan.Job.Name} (or kubectl create -f this file).\n";
        return [new JobFile(plan.Job.Name + Extension, header + Yaml.Write(job))];
    }

    private static YamlMappingNode Labels(JobPlan plan)
    {
        var labels = new YamlMappingNode();
        foreach (var (key, value) in KubernetesLabels.For(plan)) labels.Add(Yaml.Text(key), Yaml.Text(value));
        return labels;
    }

    private static YamlMappingNode PodSpec(JobPlan plan, KubernetesCluster cluster)
    {
        var pod = new YamlMappingNode { { "restartPolicy", "Never" } };
        if (cluster.SchedulerName is { } scheduler) pod.Add("schedulerName", Yaml.Text(scheduler));
        if (cluster.ImagePullSecret is { } pullSecret) pod.Add("imagePullSecrets", new YamlSequenceNode(new YamlMappingNode { { "name", Yaml.Text(pullSecret) } }));
        if (cluster.NodeSelector.Count > 0)
        {
            var selector = new YamlMappingNode();
            foreach (var (key, value) in cluster.NodeSelector.OrderBy(p => p.Key, StringComparer.Ordinal)) selector.Add(Yaml.Text(key), Yaml.Text(value));
            pod.Add("nodeSelector", selector);
        }
        if (cluster.Tolerations.Count > 0) pod.Add("tolerations", new YamlSequenceNode(cluster.Tolerations.Select(Toleration)));
        pod.Add("containers", new YamlSequenceNode(Container(plan, cluster)));
        var volumes = Volumes(plan, cluster).ToList();
        if (volumes.Count > 0) pod.Add("volumes", new YamlSequenceNode(volumes.Select(v => v.Volume)));
        return pod;
    }

    private static YamlMappingNode Toleration(Toleration toleration)
    {
        var node = new YamlMappingNode();
        if (toleration.Key is not null) node.Add("key", Yaml.Text(toleration.Key));
        node.Add("operator", Yaml.Text(toleration.Operator));
        if (toleration.Value is not null) node.Add("value", Yaml.Text(toleration.Value));
        if (toleration.Effect is not null) node.Add("effect", Yaml.Text(toleration.Effect));
        return node;
    }

    private static YamlMappingNode Container(JobPlan plan, KubernetesCluster cluster)
    {
        var container = new YamlMappingNode
        {
            { "name", ContainerName },
            { "image", Yaml.Text(plan.Image) },
            { "args", new YamlSequenceNode(plan.Command.Select(Yaml.Text)) },
            { "workingDir", Yaml.Text(plan.WorkingDirectory) },
        };
        if (plan.Job is RemoteDevelopmentJob development)
        {
            container.Add("ports", new YamlSequenceNode(new YamlMappingNode
            {
                { "name", "ssh" },
                { "containerPort", development.SshPort.ToString(CultureInfo.InvariantCulture) },
            }));
        }
        container.Add("env", new YamlSequenceNode(plan.Environment.Select(v => new YamlMappingNode { { "name", Yaml.Text(v.Key) }, { "value", Yaml.Text(v.Value) } })));
        var resources = Resources(plan, cluster);
        if (resources.Children.Count > 0) container.Add("resources", resources);
        var mounts = Volumes(plan, cluster).Select(v => v.Mount).ToList();
        if (mounts.Count > 0) container.Add("volumeMounts", new YamlSequenceNode(mounts));
        return container;
    }

    private static YamlMappingNode Resources(JobPlan plan, KubernetesCluster cluster)
    {
        var r = plan.Resources;
        var requests = new YamlMappingNode();
        var limits = new YamlMappingNode();
        if (r.Cpus is { } cpus) requests.Add("cpu", Yaml.Text(cpus.ToString(CultureInfo.InvariantCulture)));
        if (r.Memory is { } memory)
        {
            requests.Add("memory", memory.ToKubernetes());
            limits.Add("memory", memory.ToKubernetes());
        }
        if (r.Gpus is > 0)
        {
            // Extended resources are requested by their limit (the request defaults to it and may not differ).
            limits.Add(Yaml.Text(cluster.GpuResourceName), Yaml.Text(r.Gpus.Value.ToString(CultureInfo.InvariantCulture)));
        }
        var resources = new YamlMappingNode();
        if (requests.Children.Count > 0) resources.Add("requests", requests);
        if (limits.Children.Count > 0) resources.Add("limits", limits);
        return resources;
    }

    /// <summary>Each volume with its mount, in a fixed order: the PVCs, shared memory, then the secrets by path.</summary>
    private static IEnumerable<(YamlMappingNode Volume, YamlMappingNode Mount)> Volumes(JobPlan plan, KubernetesCluster cluster)
    {
        var index = 0;
        foreach (var claim in cluster.PvcMounts)
        {
            var name = $"pvc-{index++}";
            var source = new YamlMappingNode { { "claimName", Yaml.Text(claim.ClaimName) } };
            var mount = new YamlMappingNode { { "name", name }, { "mountPath", Yaml.Text(claim.MountPath) } };
            if (claim.ReadOnly)
            {
                source.Add("readOnly", "true");
                mount.Add("readOnly", "true");
            }
            yield return (new YamlMappingNode { { "name", name }, { "persistentVolumeClaim", source } }, mount);
        }
        if (cluster.SharedMemorySize is { } shm)
        {
            yield return (
                new YamlMappingNode { { "name", "dshm" }, { "emptyDir", new YamlMappingNode { { "medium", "Memory" }, { "sizeLimit", shm.ToKubernetes() } } } },
                new YamlMappingNode { { "name", "dshm" }, { "mountPath", "/dev/shm" } });
        }
        index = 0;
        foreach (var secret in plan.Secrets.OfType<KubernetesSecret>().OrderBy(s => s.At, StringComparer.Ordinal))
        {
            var name = $"secret-{index++}";
            var item = new YamlMappingNode { { "key", Yaml.Text(secret.Key) }, { "path", "value" } };
            yield return (
                new YamlMappingNode { { "name", name }, { "secret", new YamlMappingNode { { "secretName", Yaml.Text(secret.SecretName) }, { "items", new YamlSequenceNode(item) } } } },
                new YamlMappingNode { { "name", name }, { "mountPath", Yaml.Text(secret.At) }, { "subPath", "value" }, { "readOnly", "true" } });
        }
    }
}
