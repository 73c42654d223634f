using ContainerKit.Clusters.Rendering;
using ContainerKit.Tests.Core;

namespace ContainerKit.Tests.Clusters;

/// <summary>
/// The job files of the example's pyxis, EDF, Apptainer, Kubernetes and Run:ai clusters, which cannot run on these
/// machines: each route writes its files, every manifest (the Run:ai Job form included) passes the Kubernetes API
/// schema, and the POSIX sh runai commands pass shellcheck as sh. Their snapshots and the bash shellcheck are
/// <see cref="JobRenderSnapshotTests"/>'.
/// </summary>
public sealed class ClusterJobRenderingTests(KubernetesSchemaFixture schema) : IClassFixture<KubernetesSchemaFixture>
{
    private static readonly string[] RouteClusters = ["pyxis", "edf", "apptainer", "gpu-kubernetes", "lab-runai"];

    [Fact]
    public void Every_route_writes_its_files()
    {
        Assert.Equal(["ddp.sbatch", "dev.sbatch", "experiment.sbatch"], Names("pyxis"));
        Assert.Equal(["ddp.sbatch", "ddp.toml"], Names("edf"));
        Assert.Equal(["experiment.sbatch"], Names("apptainer"));
        Assert.Equal(["dev.yaml", "experiment.yaml"], Names("gpu-kubernetes"));
        Assert.Equal(["dev.sh", "dev.yaml", "experiment.sh", "experiment.yaml"], Names("lab-runai"));
    }

    [Fact]
    public async Task Every_manifest_passes_the_Kubernetes_API_schema()
    {
        var manifests = RouteClusters.SelectMany(c => Files(c).Where(f => f.FileName.EndsWith(KubernetesJobRenderer.Extension, StringComparison.Ordinal))
            .Select(f => (Name: $"{c}-{f.FileName}", f.Text))).ToDictionary(m => m.Name, m => m.Text);
        Assert.Equal(4, manifests.Count);

        var (exit, output) = await schema.ValidateAsync(manifests);

        Assert.True(exit == 0, output);
        Assert.Equal(4, output.Split('\n').Count(l => l.Contains(": ok (batch/v1 Job ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_runai_commands_pass_shellcheck_as_posix_sh()
    {
        var folder = Directory.CreateTempSubdirectory("ck-runai-shellcheck-").FullName;
        try
        {
            var names = new List<string>();
            foreach (var file in Files("lab-runai").Where(f => f.FileName.EndsWith(RunaiCommand.Extension, StringComparison.Ordinal)))
            {
                Assert.StartsWith("#!/bin/sh\n", file.Text, StringComparison.Ordinal);
                await File.WriteAllTextAsync(Path.Combine(folder, file.FileName), file.Text);
                names.Add(file.FileName);
            }
            Assert.Equal(2, names.Count);

            var (exit, output) = await Shellcheck.RunAsync(folder, "sh", names);

            Assert.True(exit == 0, $"shellcheck --shell=sh found:\n{output}");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static IReadOnlyList<JobFile> Files(string cluster) => JobRenderSnapshotTests.Render(JobRenderSnapshotTests.Clusters.Single(c => c.Name == cluster));

    private static IEnumerable<string> Names(string cluster) => Files(cluster).Select(f => f.FileName).Order(StringComparer.Ordinal);
}
