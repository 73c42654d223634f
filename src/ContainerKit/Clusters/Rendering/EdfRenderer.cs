using System.Text;
using ContainerKit.Clusters.Planning;

namespace ContainerKit.Clusters.Rendering;

/// <summary>
/// <c>&lt;job&gt;.toml</c>, the enroot environment definition file (EDF) of a pyxis cluster with
/// <see cref="SlurmCluster.Edf"/> set: <c>image</c> (enroot form), <c>mounts</c> (<c>SOURCE:DESTINATION[:FLAGS]</c>),
/// <c>workdir</c>, <c>entrypoint</c>, <c>writable</c>, the <c>[env]</c> table of the entrypoint's variables and the
/// <c>[annotations]</c> table. The engine expands <c>${VAR}</c> everywhere, so a literal <c>$</c> is written <c>$$</c>
/// and a host path <c>~/x</c> becomes <c>${HOME}/x</c>.
/// </summary>
public sealed class EdfRenderer : IJobRenderer
{
    /// <summary>The extension of the EDF.</summary>
    public const string Extension = ".toml";

    /// <inheritdoc />
    public IReadOnlyList<JobFile> Render(JobPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Cluster is not SlurmCluster { Runtime: SlurmContainerRuntime.Pyxis, Edf: { } edf } cluster) return [];
        var text = new StringBuilder()
            .Append($"# ContainerKit job '{plan.Job.Name}' of cluster '{cluster.Name}': {plan.Entry.Environment}/{plan.Entry.Entry}.\n")
            .Append($"# The environment definition file {plan.Job.Name}.sbatch passes to srun --environment.\n")
            .Append($"image = {Value(EnrootImage.Enroot(cluster, plan.Image))}\n")
            .Append($"mounts = [{string.Join(", ", Mounts(plan).Select(TomlText.String))}]\n")
            .Append($"workdir = {Value(plan.WorkingDirectory)}\n")
            .Append($"entrypoint = {(edf.Entrypoint ? "true" : "false")}\n")
            .Append($"writable = {(edf.Writable ? "true" : "false")}\n")
            .Append("\n[env]\n");
        foreach (var (name, value) in plan.Environment) text.Append($"{TomlText.Key(name)} = {Value(value)}\n");
        if (edf.Annotations.Count > 0)
        {
            text.Append("\n[annotations]\n");
            foreach (var (key, value) in edf.Annotations.OrderBy(a => a.Key, StringComparer.Ordinal)) text.Append($"{TomlText.DottedKey(key)} = {Value(value)}\n");
        }
        return [new JobFile(plan.Job.Name + Extension, text.ToString())];
    }

    /// <summary>Where the batch script finds the EDF on the cluster: <see cref="EdfOptions.Directory"/>, else the rendered file in the project folder.</summary>
    public static string PathOnCluster(JobPlan plan, EdfOptions edf)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(edf);
        var folder = edf.Directory ?? $"{plan.ProjectFolder.TrimEnd('/')}/artifacts/jobs/{plan.Cluster.Name}";
        return $"{folder.TrimEnd('/')}/{plan.Job.Name}{Extension}";
    }

    private static IEnumerable<string> Mounts(JobPlan plan)
    {
        yield return Literal(plan.ProjectFolder) + ":" + Literal(plan.WorkingDirectory);
        foreach (var mount in plan.Mounts) yield return Literal(mount.Bind);
        foreach (var secret in plan.Secrets.OfType<FileSecret>().OrderBy(s => s.At, StringComparer.Ordinal))
        {
            var host = secret.HostPath.StartsWith("~/", StringComparison.Ordinal) ? "${HOME}" + Literal(secret.HostPath[1..]) : Literal(secret.HostPath);
            yield return host + ":" + Literal(secret.At) + ":ro";
        }
    }

    private static string Value(string value) => TomlText.String(Literal(value));

    /// <summary>The EDF's escape of a literal <c>$</c> (its variable expansion reads <c>$$</c> as one <c>$</c>).</summary>
    private static string Literal(string value) => value.Replace("$", "$$", StringComparison.Ordinal);
}
