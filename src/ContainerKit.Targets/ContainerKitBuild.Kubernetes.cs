using ContainerKit.Clusters;
using ContainerKit.Clusters.Planning;
using ContainerKit.Clusters.Rendering;
using ContainerKit.Docker.Kubernetes;

namespace ContainerKit.Targets;

/// <summary>Submit, Jobs and CancelJob on Kubernetes (the official client, the user's kubeconfig) and Run:ai (the runai CLI).</summary>
public abstract partial class ContainerKitBuild
{
    private KubernetesSubmitter KubernetesSubmitter => new(EnvironmentVariables, Environment.GetFolderPath(Environment.SpecialFolder.UserProfile));

    private string RenderedJobFile(JobPlan plan, string extension) => Path.Combine(JobsFolder, plan.Cluster.Name, plan.Job.Name + extension);

    /// <summary>Creates the Job (Kubernetes) or runs <c>runai submit</c> (Run:ai); the name goes to stdout, or stderr with --wait's refusal.</summary>
    private async Task SubmitKubernetesAsync(JobPlan plan, CancellationToken cancellationToken)
    {
        var cluster = (KubernetesCluster)plan.Cluster;
        if (Wait)
        {
            throw KubernetesDiagnostics.Exception(KubernetesDiagnostics.WaitUnsupportedId, "--wait", $"--wait is not supported on the {cluster.GetType().BaseType?.Name} '{cluster.Name}' yet", cluster.Name,
                $"submit without --wait, then follow the job with kubectl logs -f -n {cluster.Namespace} job/{plan.ScheduledName}");
        }
        string name;
        if (cluster is RunaiCluster)
        {
            await new RunaiCli().RunAsync(RunaiCommand.Arguments(plan), RenderedJobFile(plan, RunaiCommand.Extension), RootDirectory, Output, cancellationToken);
            name = plan.ScheduledName;
        }
        else
        {
            name = await KubernetesSubmitter.SubmitAsync(plan, cancellationToken);
        }
        Output.WriteLine($"submitted {name} ({plan.Image}) to {cluster.Name} (namespace {cluster.Namespace}); ./build.sh Jobs --cluster {cluster.Name} lists it");
        if (plan.Job is RemoteDevelopmentJob development) Output.WriteLine(KubernetesSubmitter.PortForwardHint(cluster, name, development.SshPort));
        StandardOutput.WriteLine(name);
    }

    /// <summary>Jobs on Kubernetes (name and state per line) or Run:ai (runai list jobs).</summary>
    private async Task ListKubernetesJobsAsync(KubernetesCluster cluster, CancellationToken cancellationToken)
    {
        if (cluster is RunaiCluster runai)
        {
            await new RunaiCli().RunAsync(["list", "jobs", "--project", runai.Project], "runai list jobs", RootDirectory, StandardOutput, cancellationToken);
            return;
        }
        foreach (var project in LoadEnvironments().Select(e => e.Project.Name).Distinct(StringComparer.Ordinal))
        {
            foreach (var job in await KubernetesSubmitter.ListAsync(cluster, project, cancellationToken))
            {
                StandardOutput.WriteLine($"{job.Name}\t{job.State}");
            }
        }
    }

    /// <summary>CancelJob on Kubernetes (the Job and its pods deleted) or Run:ai (runai delete job).</summary>
    private async Task CancelKubernetesJobAsync(KubernetesCluster cluster, string name, CancellationToken cancellationToken)
    {
        if (cluster is RunaiCluster runai)
        {
            await new RunaiCli().RunAsync(["delete", "job", name, "--project", runai.Project], "runai delete job", RootDirectory, Output, cancellationToken);
        }
        else
        {
            await KubernetesSubmitter.CancelAsync(cluster, name, cancellationToken);
        }
        Output.WriteLine($"cancelled job {name} on {cluster.Name}");
    }
}
