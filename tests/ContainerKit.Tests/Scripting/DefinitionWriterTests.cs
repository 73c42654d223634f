using ContainerKit.Definitions;
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
        BuildApt = ["build-essential", "git"],
        RuntimeApt = ["ffmpeg"],
        DevApt = ["htop", "vim", "openssh-server", "sudo", "tmux", "less", "nano", "zsh", "curl", "wget"],
        Pip = PackageList.FromFile("dependencies/requirements.txt"),
        UnmappedStages = ["docs"],
        Notes = ["Dockerfile:9: not imported: RUN echo hi"],
    };

    [Fact]
    public void Writes_a_from_python_definition_laid_out_by_hand()
    {
        Assert.Equal("""
            // Imported from installation/docker-amd64-cuda/Dockerfile by ContainerKit Import; review before committing.
            using ContainerKit.Definitions;
            using ContainerKit.Model;

            namespace Environments;

            // TODO: stage 'docs' of the source Dockerfile has no counterpart here; add it as a custom stage.
            // TODO: Dockerfile:9: not imported: RUN echo hi
            public sealed class ProjectEnvironment : FromPythonEnvironment
            {
                public override Project Project => new("project");

                public override Matrix Matrix => Matrix.Platforms(Platform.Amd64)
                    .Accelerations(Acceleration.Cuda, Acceleration.Cpu);

                public override BaseImage Base(MatrixEntry entry) => BaseImage.Parse("nvcr.io/nvidia/pytorch:24.07-py3").WithEntrypoint("/opt/nvidia/nvidia_entrypoint.sh");

                public override AptPackages BuildApt => ["build-essential", "git"];

                public override AptPackages RuntimeApt => ["ffmpeg"];

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
            using ContainerKit.Definitions;
            using ContainerKit.Model;

            namespace Envs;

            public sealed class CondaProject : FromScratchEnvironment
            {
                public override Project Project => new("conda-project");

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
    public void Writes_the_base_list_project_and_installer_only_when_set()
    {
        var description = new DefinitionDescription("CondaProject", FromScratch: true, "debian:bookworm-slim")
        {
            ProjectName = "my-project",
            PackageName = "my_pkg",
            BaseApt = ["python3"],
            CondaInstallerUrl = "https://example.org/installer.sh",
            CondaInstallPath = "/opt/miniforge",
        };

        var text = new DefinitionWriter().Write(description);

        Assert.Contains("    public override Project Project => new(\"my-project\", package: \"my_pkg\");\n", text);
        Assert.Contains("    public override AptPackages BaseApt => [\"python3\"];\n", text);
        Assert.Contains("    public override CondaInstaller CondaInstallerFor(MatrixEntry entry) => new(\"https://example.org/installer.sh\");\n", text);
        Assert.Contains("    public override string CondaInstallPath => \"/opt/miniforge\";\n", text);
    }

    [Fact]
    public void Written_definitions_compile_against_the_dsl()
    {
        var guard = new CompilationGuard(ReferenceSet.FromAssemblies([typeof(EnvironmentDefinition).Assembly]));
        var scratch = FromPython with
        {
            ClassName = "Other", FromScratch = true, Pip = PackageList.Empty, BuildApt = ["quote\"d"], BaseApt = ["python3"],
            CondaInstallerUrl = "https://example.org/i.sh", CondaInstallPath = "/opt/c", PackageName = "p",
        };
        var inline = FromPython with { ClassName = "Inline", Pip = new(["numpy==1.26.4"]) };

        var errors = guard.Check(new Dictionary<string, string>
        {
            ["A.cs"] = new DefinitionWriter().Write(FromPython),
            ["B.cs"] = new DefinitionWriter().Write(scratch),
            ["C.cs"] = new DefinitionWriter().Write(inline),
        });

        Assert.Empty(errors);
    }
}
