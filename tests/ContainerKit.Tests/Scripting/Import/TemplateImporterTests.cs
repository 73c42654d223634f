using ContainerKit.Diagnostics;
using ContainerKit.Model;
using ContainerKit.Scripting;
using ContainerKit.Scripting.Import;

namespace ContainerKit.Tests.Scripting.Import;

public sealed class TemplateImporterTests
{
    private static readonly ImportOptions Options = new("ProjectEnvironment");

    [Fact]
    public void Imports_a_from_python_folder_with_chained_stages()
    {
        var import = TemplateImporter.Import(TemplateFixtures.Source(TemplateFixtures.FromPython), Options);
        var d = import.Description;

        Assert.False(d.FromScratch);
        Assert.Equal("nvcr.io/nvidia/pytorch:24.07-py3", d.BaseImage);
        Assert.Equal("/opt/nvidia/nvidia_entrypoint.sh", d.BaseEntrypoint);
        Assert.Equal([Platform.Amd64], d.Platforms);
        Assert.Equal([Acceleration.Cuda], d.Accelerations);
        Assert.Empty(d.BaseApt);
        Assert.Equal(["build-essential", "git"], d.BuildApt);
        Assert.Equal(["ffmpeg", "libsndfile1"], d.RuntimeApt);
        Assert.Equal(["htop", "vim", "openssh-server", "sudo"], d.DevApt);
        Assert.Equal(PackageList.FromFile("build/Environments/project/requirements.txt"), d.Pip);
        Assert.Equal("project", d.ProjectName);
        Assert.Equal("installation/docker-amd64-cuda/Dockerfile", d.Origin);
        var copied = Assert.Single(import.DependencyFiles);
        Assert.Equal(new ImportedFile("build/Environments/project/requirements.txt", "numpy==1.26.4\nrich>=13\n"), copied);
    }

    [Fact]
    public void Reports_unmapped_stages_and_runs_that_install_nothing()
    {
        var d = TemplateImporter.Import(TemplateFixtures.Source(TemplateFixtures.FromPython), Options).Description;

        Assert.Equal(["docs"], d.UnmappedStages);
        Assert.Equal(2, d.Notes.Count);
        Assert.Contains("holds BuildApt", d.Notes[0]);
        Assert.StartsWith("installation/docker-amd64-cuda/Dockerfile:28: not imported: RUN echo", d.Notes[1]);
        Assert.Contains("// TODO: stage 'docs'", new DefinitionWriter().Write(d));
    }

    [Fact]
    public void Imports_a_from_scratch_folder_with_a_shared_base_stage()
    {
        var import = TemplateImporter.Import(TemplateFixtures.Source(TemplateFixtures.FromScratch, "docker-arm64-cpu"), Options);
        var d = import.Description;

        Assert.True(d.FromScratch);
        Assert.Equal("debian:bookworm-slim", d.BaseImage); // compose build args win over the ARG default
        Assert.Null(d.BaseEntrypoint);
        Assert.Equal([Platform.Arm64], d.Platforms);
        Assert.Equal([Acceleration.Cpu], d.Accelerations);
        Assert.Equal(["ca-certificates", "curl"], d.BaseApt);
        Assert.Equal(["build-essential"], d.BuildApt);
        Assert.Equal(["tini"], d.RuntimeApt);
        Assert.Equal(["htop"], d.DevApt);
        Assert.Equal("build/Environments/project/environment.yml", d.CondaEnvironmentFile);
        Assert.Equal("https://example.org/miniforge/Miniforge3-Linux-aarch64.sh", d.CondaInstallerUrl);
        Assert.Equal("/opt/miniforge", d.CondaInstallPath);
        Assert.Equal("conda-project", d.ProjectName);
        Assert.Empty(d.UnmappedStages);
        Assert.Empty(d.Notes);
        Assert.Equal("build/Environments/project/environment.yml", Assert.Single(import.DependencyFiles).RelativePath);
    }

    [Fact]
    public void A_missing_base_image_is_an_error_at_the_from_line()
    {
        var files = TemplateFixtures.FromPython.With("compose-base.yaml", "services:\n  build-args:\n    build:\n      args:\n        PROJECT_NAME: x\n");

        var error = Assert.Single(Assert.Throws<DiagnosticException>(() => TemplateImporter.Import(TemplateFixtures.Source(files), Options)).Diagnostics);

        Assert.Equal(ScriptingDiagnosticIds.ImportFailed, error.Id);
        Assert.Equal("installation/docker-amd64-cuda/Dockerfile:5", error.Location);
        Assert.Equal("${BASE_IMAGE}", error.Value);
        Assert.Contains("BASE_IMAGE is set neither", error.Message);
    }

    [Fact]
    public void The_dockerfile_arg_default_counts_when_compose_has_none()
    {
        var files = TemplateFixtures.FromScratch.With("compose.yaml", "services: {}\n");

        Assert.Equal("ubuntu:22.04", TemplateImporter.Import(TemplateFixtures.Source(files), Options).Description.BaseImage);
    }

    [Theory]
    [InlineData("Dockerfile", "FROM debian:bookworm-slim AS runtime\n", "installation/docker-amd64-cuda/Dockerfile", "no 'runtime-generic' stage")]
    [InlineData("apt-build.txt", null, "installation/docker-amd64-cuda/Dockerfile:6", "apt list this RUN reads is not in the template folder")]
    public void Missing_stages_and_list_files_are_located(string file, string? text, string location, string message)
    {
        var files = new Dictionary<string, string>(TemplateFixtures.FromPython);
        if (text is null) files.Remove(file);
        else files[file] = text;

        var error = Assert.Single(Assert.Throws<DiagnosticException>(() => TemplateImporter.Import(TemplateFixtures.Source(files), Options)).Diagnostics);

        Assert.Equal(location, error.Location);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void An_invalid_class_name_is_refused()
    {
        var error = Assert.Throws<DiagnosticException>(() => TemplateImporter.Import(TemplateFixtures.Source(TemplateFixtures.FromPython), new ImportOptions("class"))).Diagnostics[0];

        Assert.Equal("--class-name", error.Location);
    }

    [Fact]
    public void A_folder_name_without_the_entry_defaults_to_amd64_cpu_with_a_note()
    {
        var d = TemplateImporter.Import(TemplateFixtures.Source(TemplateFixtures.FromScratch, "docker"), Options).Description;

        Assert.Empty(d.Platforms);
        Assert.Contains(d.Notes, n => n.Contains("'docker' is not docker-<platform>-<acceleration>"));
    }

    [Fact]
    public void Inline_pip_installs_are_the_list_when_there_is_no_requirements_file()
    {
        var files = TemplateFixtures.FromPython.With("Dockerfile", TemplateFixtures.FromPython["Dockerfile"]
            .Replace("pip install -r /tmp/deps/requirements.txt", "python3 -m pip install --no-cache-dir 'rich==13.7.1' wandb"));

        var import = TemplateImporter.Import(TemplateFixtures.Source(files), Options);

        Assert.Equal(new PackageList(["rich==13.7.1", "wandb"]).Items, import.Description.Pip.Items);
        Assert.Null(import.Description.Pip.File);
        Assert.Empty(import.DependencyFiles);
    }
}
