using ContainerKit.Clusters;
using ContainerKit.Clusters.Planning;
using ContainerKit.Clusters.Rendering;
using ContainerKit.Tests.Core;

namespace ContainerKit.Tests.Clusters;

/// <summary>
/// The job files of the example's pyxis, EDF, Apptainer, Kubernetes and Run:ai clusters: snapshots, byte-for-byte
/// determinism, shellcheck on every shell file, and the Kubernetes API schema on every manifest (including the Run:ai
/// Job form). None of these routes can run on these machines; this is what checks them.
/// </summary>
public sealed class ClusterJobRenderingTests(KubernetesSchemaFixture schema) : IClassFixture<KubernetesSchemaFixture>
{
    public static TheoryData<string> ClusterNames() => new(ExampleJobPlans.Clusters.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(ClusterNames))]
    public void Job_files_match_their_snapshot(string cluster)
    {
        SnapshotGuard.Match(Files(cluster).ToDictionary(f => f.FileName + (f.Executable ? " (executable)" : ""), f => f.Text.Split('\n')),
            "ClusterJobRenderingTests." + cluster);
    }

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
    public void Rendering_twice_gives_the_same_bytes()
    {
        foreach (var cluster in ExampleJobPlans.Clusters)
        {
            Assert.Equal(Files(cluster.Name), Files(cluster.Name));
        }
    }

    [Fact]
    public async Task Every_shell_file_passes_shellcheck()
    {
        var folder = Directory.CreateTempSubdirectory("ck-job-shellcheck-").FullName;
        try
        {
            var scripts = new Dictionary<string, List<string>> { ["bash"] = [], ["sh"] = [] };
            foreach (var cluster in ExampleJobPlans.Clusters)
            {
                foreach (var file in Files(cluster.Name).Where(f => f.FileName.EndsWith(".sbatch", StringComparison.Ordinal) || f.FileName.EndsWith(".sh", StringComparison.Ordinal)))
                {
                    var name = $"{cluster.Name}-{file.FileName}";
                    await File.WriteAllTextAsync(Path.Combine(folder, name), file.Text);
                    scripts[file.Text.StartsWith("#!/bin/bash\n", StringComparison.Ordinal) ? "bash" : "sh"].Add(name);
                }
            }
            Assert.Equal(5, scripts["bash"].Count);
            Assert.Equal(2, scripts["sh"].Count);
            foreach (var (shell, names) in scripts)
            {
                var (exit, output) = await Shellcheck.RunAsync(folder, shell, names);
                Assert.True(exit == 0, $"shellcheck --shell={shell} found:\n{output}");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Every_manifest_passes_the_Kubernetes_API_schema()
    {
        var manifests = ExampleJobPlans.Clusters.SelectMany(c => Files(c.Name).Where(f => f.FileName.EndsWith(".yaml", StringComparison.Ordinal))
            .Select(f => (Name: $"{c.Name}-{f.FileName}", f.Text))).ToDictionary(m => m.Name, m => m.Text);
        Assert.Equal(4, manifests.Count);

        var (exit, output) = await schema.ValidateAsync(manifests);

        Assert.True(exit == 0, output);
        Assert.Equal(4, output.Split('\n').Count(l => l.Contains(": ok (batch/v1 Job ", StringComparison.Ordinal)));
    }

    private static IReadOnlyList<JobFile> Files(string cluster) =>
        [.. ExampleJobPlans.Plans(ExampleJobPlans.Cluster(cluster)).SelectMany(JobRenderers.Render)];

    private static IEnumerable<string> Names(string cluster) => Files(cluster).Select(f => f.FileName).Order(StringComparer.Ordinal);
}
