using ContainerKit.Model;
using ContainerKit.Scripting.Compilation;
using ContainerKit.Scripting.Import;

namespace ContainerKit.Tests.Scripting;

public sealed class DefinitionWriterTests
{
    private static readonly DefinitionDescription FromPython = new("ProjectEnvironment", FromScratch: false, "nvcr.io/nvidia/pytorch:24.07-py3")
    {
        Origin = "installation/docker-amd64-cuda/Dockerfile",
        BaseEntrypoint = "/opt/nvidia/nvidia_entrypoint.sh",
        Platforms = [Platform.Amd64],
        Accelerations = [Acceleration.Cuda, Acceleration.Cpu],
        BuildApt = new(["build-essential", "git"]),
        RuntimeApt = PackageList.FromFile("dependencies/apt-runtime.txt"),
        DevApt = new(["htop", "vim", "openssh-server", "sudo", "tmux", "less", "nano", "zsh", "curl", "wget"]),
        Pip = PackageList.FromFile("dependencies/requirements.txt"),
        UnmappedStages = ["docs"],
    };

    [Fact]
    public void Writes_a_from_python_definition_laid_out_by_hand()
    {
        Assert.Equal("""
            // Imported from installation/docker-amd64-cuda/Dockerfile by ContainerKit Import; review before committing.
            using ContainerKit;
            using ContainerKit.Model;

            namespace ContainerKitBuild.Environments;

            // TODO: stage 'docs' of the source Dockerfile has no counterpart here; add it as a custom stage.
            public sealed class ProjectEnvironment : FromPythonEnvironment
            {
                public override Matrix Matrix => Matrix.Platforms(Platform.Amd64)
                    .Accelerations(Acceleration.Cuda, Acceleration.Cpu);

                public override BaseImage Base(MatrixEntry entry) => BaseImage.Parse("nvcr.io/nvidia/pytorch:24.07-py3").WithEntrypoint("/opt/nvidia/nvidia_entrypoint.sh");

                public override AptPackages BuildApt => ["build-essential", "git"];

                public override AptPackages RuntimeApt => AptPackages.FromFile("dependencies/apt-runtime.txt");

                public override AptPackages DevApt =>
                [
                    "htop",
                    "vim",
                    "openssh-server",
                    "sudo",
                    "tmux",
                    "less",
                    "nano",
                    "zsh",
                    "curl",
                    "wget",
                ];

                public override PipRequirements Pip => PipRequirements.FromFile("dependencies/requirements.txt");
            }

            """, new DefinitionWriter().Write(FromPython));
    }

    [Fact]
    public void Writes_a_from_scratch_definition_with_defaults()
    {
        var description = new DefinitionDescription("CondaProject", FromScratch: true, "debian:bookworm-slim") { CondaEnvironmentFile = "deps/environment.yml" };

        Assert.Equal("""
            using ContainerKit;
            using ContainerKit.Model;

            namespace Envs;

            public sealed class CondaProject : FromScratchEnvironment
            {
                public override Matrix Matrix => Matrix.Platforms(Platform.Amd64)
                    .Accelerations(Acceleration.Cpu);

                public override BaseImage Base(MatrixEntry entry) => BaseImage.Parse("debian:bookworm-slim");

                public override AptPackages BuildApt => [];

                public override AptPackages RuntimeApt => [];

                public override AptPackages DevApt => [];

                public override CondaEnvironment Conda => CondaEnvironment.FromFile("deps/environment.yml");
            }

            """, new DefinitionWriter().Write(description, "Envs"));
    }

    [Fact]
    public void Written_definitions_compile_against_the_dsl()
    {
        var guard = new CompilationGuard(ReferenceSet.FromAssemblies([typeof(Platform).Assembly]));
        var scratch = FromPython with { ClassName = "Other", FromScratch = true, Pip = PackageList.Empty, BuildApt = new(["quote\"d"]) };

        var errors = guard.Check(new Dictionary<string, string>
        {
            ["Dsl.cs"] = DslStub.Source,
            ["A.cs"] = new DefinitionWriter().Write(FromPython),
            ["B.cs"] = new DefinitionWriter().Write(scratch),
        });

        Assert.Empty(errors);
    }
}
