using ContainerKit.Clusters;
using ContainerKit.Clusters.Rendering;
using ContainerKit.Rendering;
using YamlDotNet.RepresentationModel;
using static ContainerKit.Tests.Clusters.ClusterCases;

namespace ContainerKit.Tests.Clusters;

/// <summary>The syntax details of the rendered routes: enroot image references, EDF escapes, YAML strings, GPU-only flags.</summary>
public sealed class RouteRenderingTests
{
    [Theory]
    [InlineData("registry.example.org/lab/project:amd64-cuda-run-latest-root", "registry.example.org#lab/project:amd64-cuda-run-latest-root")]
    [InlineData("127.0.0.1:5000/ck-it-1/lab/project:tag", "127.0.0.1:5000#ck-it-1/lab/project:tag")]
    public void A_registry_image_is_written_in_enroot_form_for_pyxis_and_as_docker_uri_for_apptainer(string image, string enroot)
    {
        var pyxis = new RouteSlurmCluster { JobList = [] };
        var apptainer = new RouteSlurmCluster { RuntimeValue = SlurmContainerRuntime.Apptainer, JobList = [] };

        Assert.Equal(enroot, EnrootImage.Enroot(pyxis, image));
        Assert.Equal("docker://" + image, EnrootImage.Apptainer(apptainer, image));
    }

    [Fact]
    public void An_image_file_stays_a_path()
    {
        var cluster = new RouteSlurmCluster { Source = SlurmImageSource.File("/images/p.sqsh"), JobList = [] };

        Assert.Equal("/images/p.sqsh", EnrootImage.Enroot(cluster, "/images/p.sqsh"));
    }

    [Fact]
    public void The_edf_escapes_dollars_and_quotes_and_expands_home_for_secret_files()
    {
        var job = new UnattendedJob("price")
        {
            Image = new() { Acceleration = "cuda" },
            Variables = new() { Extra = new Dictionary<string, string> { ["NOTE"] = "costs $5, \"cheap\"\\n" } },
            Secrets = [SecretReference.File("WANDB_API_KEY_FILE_AT", "~/.wandb-key", "/run/secrets/wandb")],
            Command = ["true"],
        };
        var cluster = new RouteSlurmCluster { EdfValue = new() { Entrypoint = false }, JobList = [job] };

        var files = JobRenderers.Render(Plan(cluster, job, Cuda));

        var toml = Assert.Single(files, f => f.FileName == "price.toml").Text;
        Assert.Contains("NOTE = \"costs $$5, \\\"cheap\\\"\\\\n\"\n", toml);
        Assert.Contains("\"${HOME}/.wandb-key:/run/secrets/wandb:ro\"", toml);
        Assert.Contains("entrypoint = false\n", toml);
        var batch = Assert.Single(files, f => f.FileName == "price.sbatch").Text;
        Assert.Contains("srun --environment=/home/researcher/research-project/artifacts/jobs/test-slurm/price.toml \\\n  /opt/containerkit/entrypoints/pre-entrypoint.sh \\\n  true\n", batch);
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("0x1F", true)]
    [InlineData("yes", true)]
    [InlineData("Off", true)]
    [InlineData("null", true)]
    [InlineData("~", true)]
    [InlineData("2024-01-31", true)]
    [InlineData("1.5e3", true)]
    [InlineData("", true)]
    [InlineData("research_project", false)]
    [InlineData("/scratch/project", false)]
    [InlineData("v1", false)]
    public void Yaml_text_quotes_exactly_the_strings_a_reader_would_take_for_something_else(string value, bool quoted)
    {
        var node = Yaml.Text(value);

        Assert.Equal(quoted, node.Style == YamlDotNet.Core.ScalarStyle.DoubleQuoted);
        var stream = new YamlStream();
        stream.Load(new StringReader(Yaml.Write(new YamlMappingNode { { "value", node } })));
        Assert.Equal(value, ((YamlScalarNode)((YamlMappingNode)stream.Documents[0].RootNode)["value"]).Value);
    }

    [Fact]
    public void Apptainer_binds_the_gpus_only_when_the_job_asks_for_them()
    {
        var cluster = new RouteSlurmCluster { RuntimeValue = SlurmContainerRuntime.Apptainer, Source = SlurmImageSource.File("/i/p.sif"), JobList = [] };
        string Script(int gpus) => JobRenderers.Render(Plan(cluster, new UnattendedJob("x") { Resources = new() { Gpus = gpus }, Command = ["true"] }, Cuda)).Single().Text;

        Assert.Contains("  --nv \\\n", Script(1));
        Assert.DoesNotContain("--nv", Script(0));
    }
}
