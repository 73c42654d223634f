using ContainerKit.Diagnostics;
using ContainerKit.Dockerfiles;
using ContainerKit.Model;
using ContainerKit.Scripting;
using ContainerKit.Scripting.Import;

namespace ContainerKit.Tests.Scripting.Import;

public sealed class TemplateImporterTests
{
    private const string BaseImage = "nvcr.io/nvidia/pytorch:24.07-py3";
    private const string GitImage = "alpine/git:2.40.1";
    private const string Requirements = "hydra-core==1.3.2\nrich>=13\n";
    private static readonly ImportOptions Options = new("ProjectEnvironment");

    private static Dictionary<string, string> Layout202407(string baseEntrypoint = TemplateFixtures.DummyBaseEntrypoint) =>
        TemplateFixtures.Layout202407(BaseImage, GitImage, Requirements, baseEntrypoint);

    private static Dictionary<string, string> LaterLayout() => TemplateFixtures.LaterLayout(BaseImage, GitImage, Requirements);

    private static TemplateImport Import(IReadOnlyDictionary<string, string> files, ImportOptions? options = null, string folder = "docker-amd64-cuda") =>
        TemplateImporter.Import(TemplateFixtures.Source(files, folder), options ?? Options);

    [Fact]
    public void The_2024_07_fixture_has_the_published_stage_chain_and_only_the_listed_deviations()
    {
        var dockerfile = DockerfileParser.Parse(TemplateFixtures.Dockerfile202407);

        Assert.Equal(
            [
                "get-pure <- ${GIT_IMAGE}", "build-apt-packages <- ${BASE_IMAGE}", "build-fakeintel <- build-apt-packages",
                "runtime-apt-pkgs <- ${BASE_IMAGE}", "runtime-deps <- runtime-apt-pkgs", "runtime-generic <- runtime-deps",
                "development-generic <- runtime-generic",
            ],
            dockerfile.Stages.Select(s => $"{s.Name} <- {s.BaseImage}"));
        TemplateFixtures.AssertDeviations(TemplateFixtures.Dockerfile202407);
        var runtime = dockerfile.Instructions.Where(i => i.StageIndex == 5).ToList();
        Assert.Equal(["PROJECT_NAME", "PACKAGE_NAME", "HYDRA_FULL_ERROR", "ZSH_ENHANCE_DIR", "BASE_ENTRYPOINT", "ENTRYPOINTS_ROOT"],
            runtime.Where(i => i.Keyword == "ENV").Select(i => i.Arguments.Split('=')[0]));
        Assert.Equal(["/bin/zsh"], Assert.Single(runtime, i => i.Keyword == "CMD").JsonArguments);
    }

    [Fact]
    public void The_later_fixture_has_the_published_stage_chain_and_only_the_listed_deviations()
    {
        var dockerfile = DockerfileParser.Parse(TemplateFixtures.DockerfileLater);

        Assert.Equal(
            ["runtime-apt-pkgs <- ${BASE_IMAGE}", "runtime-deps <- runtime-apt-pkgs", "get-pure <- ${GIT_IMAGE}", "runtime-generic <- runtime-deps"],
            dockerfile.Stages.Select(s => $"{s.Name} <- {s.BaseImage}"));
        TemplateFixtures.AssertDeviations(TemplateFixtures.DockerfileLater);
    }

    [Fact]
    public void Imports_the_2024_07_layout_where_the_template_installs_it()
    {
        var import = Import(Layout202407());
        var d = import.Description;

        Assert.False(d.FromScratch);
        Assert.Equal(BaseImage, d.BaseImage);
        Assert.Equal([Platform.Amd64], d.Platforms);
        Assert.Equal([Acceleration.Cuda], d.Accelerations);
        Assert.Empty(d.BaseApt);
        Assert.Equal(TemplateFixtures.BuildApt, d.BuildApt);
        Assert.Equal(TemplateFixtures.RuntimeApt, d.RuntimeApt);
        Assert.Equal(TemplateFixtures.DevApt, d.DevApt);
        Assert.Equal(PackageList.FromFile("build/Environments/project/requirements.txt"), d.Pip);
        Assert.Equal(new ImportedFile("build/Environments/project/requirements.txt", Requirements), Assert.Single(import.DependencyFiles));
        Assert.Equal([new KeyValuePair<string, string>(TemplateFixtures.CarriedEnv, "1")], d.EnvironmentVariables);
        Assert.Equal(["/bin/zsh"], d.Command);
        Assert.Null(d.BaseEntrypoint);
        Assert.Equal(TemplateFixtures.DefaultProjectName, d.ProjectName);
        Assert.Equal(TemplateFixtures.DefaultPackageName, d.PackageName);
        Assert.Equal("installation/docker-amd64-cuda/Dockerfile", d.Origin);
    }

    [Fact]
    public void The_2024_07_review_list_names_everything_not_carried()
    {
        var d = Import(Layout202407()).Description;

        Assert.Equal(["get-pure", "build-fakeintel"], d.UnmappedStages);
        AssertInOrder(
            [
                "stage 'build-fakeintel'",
                "ENV DEPENDENCIES_DIR=/opt/template-dependencies", "COPY --from=build-fakeintel", "ENV LD_PRELOAD=/opt/fakeintel/libfakeintel.so",
                "RUN { echo \"if", "RUN echo \"source /etc/profile.d/template.sh\" >> /etc/bash.bashrc", "RUN echo \"source /etc/profile.d/template.sh\" >> /etc/zsh/zprofile",
                "RUN echo \"source /etc/profile.d/template.sh\" >> /etc/zsh/zshrc", "ENV ZSH_ENHANCE_DIR=/etc/zsh/enhance",
                "COPY --from=get-pure /opt/zsh/pure", "COPY --from=get-pure /opt/zsh/zsh-autosuggestions", "COPY --from=get-pure /opt/zsh/zsh-syntax-highlighting",
                "RUN { echo \"fpath+=", $"ENV BASE_ENTRYPOINT={TemplateFixtures.DummyBaseEntrypoint}", "ENV ENTRYPOINTS_ROOT=/opt/template-entrypoints",
                "COPY entrypoints", "ENTRYPOINT [\"/opt/template-entrypoints/pre-entrypoint.sh\"]",
            ],
            d.Notes);
        Assert.Contains("MKL-on-AMD workaround", Note(d, "stage 'build-fakeintel' compiles"));
        Assert.Contains("MKL-on-AMD workaround", Note(d, "ENV LD_PRELOAD"));
        Assert.Contains("exists only in template images", Note(d, "ENV BASE_ENTRYPOINT"));
        Assert.Contains("/opt/containerkit/snapshots", Note(d, "ENV DEPENDENCIES_DIR"));
        Assert.Contains("installation/docker-amd64-cuda/Dockerfile:", Note(d, "ENV ENTRYPOINTS_ROOT"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_templates_github_clones_are_explained_in_the_review_list()
    {
        // As published: get-pure clones the zsh plugins (the fixture writes stand-ins, as these machines are offline).
        var dockerfile = TemplateFixtures.Dockerfile202407.Replace(
            "RUN mkdir -p /opt/zsh/pure && echo 'prompt_pure_setup() { PROMPT=\"%~ %# \"; }' > /opt/zsh/pure/prompt_pure_setup",
            "ARG PURE_URL=https://github.com/sindresorhus/pure.git\nRUN git clone --depth 1 ${PURE_URL} /opt/zsh/pure", StringComparison.Ordinal);
        Assert.NotEqual(TemplateFixtures.Dockerfile202407, dockerfile);

        var d = Import(Layout202407().With("Dockerfile", dockerfile)).Description;

        var note = Assert.Single(d.Notes, n => n.StartsWith("stage 'get-pure'", StringComparison.Ordinal));
        Assert.Contains("clones https://github.com/sindresorhus/pure.git", note, StringComparison.Ordinal);
        Assert.Equal(["get-pure", "build-fakeintel"], d.UnmappedStages);
    }

    [Fact]
    public void Every_review_note_is_a_todo_comment_of_the_definition()
    {
        var d = Import(Layout202407()).Description;

        var source = new DefinitionWriter().Write(d);

        Assert.All(d.UnmappedStages, s => Assert.Contains($"// TODO: stage '{s}' of the source Dockerfile has no counterpart here", source, StringComparison.Ordinal));
        Assert.All(d.Notes, n => Assert.Contains("// TODO: " + n + "\n", source, StringComparison.Ordinal));
        Assert.Contains("[\"HYDRA_FULL_ERROR\"] = \"1\",", source, StringComparison.Ordinal);
        Assert.Contains("public override IReadOnlyList<string> Command => [\"/bin/zsh\"];", source, StringComparison.Ordinal);
    }

    [Fact]
    public void The_names_come_from_the_folders_env_file_when_it_exists()
    {
        var files = Layout202407().With(".env", TemplateFixtures.EnvFile("speech-lab", "speech_lab"));

        var d = Import(files).Description;

        Assert.Equal("speech-lab", d.ProjectName);
        Assert.Equal("speech_lab", d.PackageName);
    }

    [Fact]
    public void A_name_the_env_file_lacks_comes_from_template_sh()
    {
        var files = Layout202407().With(".env", "USR=alice\nexport PROJECT_NAME='speech-lab'  \n");

        var d = Import(files).Description;

        Assert.Equal("speech-lab", d.ProjectName);
        Assert.Equal(TemplateFixtures.DefaultPackageName, d.PackageName);
    }

    [Fact]
    public void Without_env_file_or_template_sh_the_project_is_named_after_the_class()
    {
        var files = Layout202407();
        files.Remove("template.sh");

        var d = Import(files, new ImportOptions("SpeechEnvironment")).Description;

        Assert.Equal("speech", d.ProjectName);
        Assert.Null(d.PackageName);
    }

    [Fact]
    public void A_base_entrypoint_of_the_base_image_is_carried()
    {
        var d = Import(Layout202407("/opt/nvidia/nvidia_entrypoint.sh")).Description;

        Assert.Equal("/opt/nvidia/nvidia_entrypoint.sh", d.BaseEntrypoint);
        Assert.DoesNotContain(d.Notes, n => n.Contains("BASE_ENTRYPOINT", StringComparison.Ordinal));
    }

    [Fact]
    public void Imports_the_later_layout_single_apt_list_into_the_run_image()
    {
        var import = Import(LaterLayout());
        var d = import.Description;

        Assert.Equal(TemplateFixtures.LaterApt, d.RuntimeApt);
        Assert.Empty(d.BuildApt);
        Assert.Empty(d.DevApt);
        Assert.Empty(d.BaseApt);
        Assert.Equal(new ImportedFile("build/Environments/project/requirements.txt", Requirements), Assert.Single(import.DependencyFiles));
        Assert.Equal([new("PIP_CACHE_DIR", "/root/.cache/pip"), new KeyValuePair<string, string>(TemplateFixtures.CarriedEnv, "1")], d.EnvironmentVariables);
        Assert.Equal(["/bin/zsh"], d.Command);
        Assert.Null(d.BaseEntrypoint);
        Assert.Equal(TemplateFixtures.DefaultProjectName, d.ProjectName);
        Assert.Equal(["get-pure"], d.UnmappedStages);
        AssertInOrder(
            [
                "ENV DEPENDENCIES_DIR=/opt/template-dependencies", "ENV FAKEINTEL_PATH=/opt/fakeintel/libfakeintel.so",
                "RUN echo 'int mkl_serv_intel_cpu_true()", "ENV LD_PRELOAD=/opt/fakeintel/libfakeintel.so", "ENV ZSH_ENHANCE_DIR=/etc/zsh/enhance",
                "COPY --from=get-pure /opt/zsh/pure", "COPY --from=get-pure /opt/zsh/zsh-autosuggestions", "COPY --from=get-pure /opt/zsh/zsh-syntax-highlighting",
                "RUN { echo \"fpath+=", $"ENV BASE_ENTRYPOINT={TemplateFixtures.DummyBaseEntrypoint}", "ENV ENTRYPOINTS_ROOT=/opt/template-entrypoints",
                "COPY entrypoints", "ENTRYPOINT [\"/opt/template-entrypoints/pre-entrypoint.sh\"]", "the Dockerfile has no 'development-generic' stage",
            ],
            d.Notes);
        Assert.Contains("MKL-on-AMD workaround", Note(d, "RUN echo 'int mkl_serv_intel_cpu_true()"));
    }

    [Fact]
    public void Imports_the_2024_07_from_scratch_layout_with_the_installer_of_its_download_stage()
    {
        var files = TemplateFixtures.FromScratch202407("ubuntu:22.04", "https://example.org/miniconda/Miniconda3-latest-Linux-x86_64.sh", "/opt/conda");

        var import = Import(files, folder: "docker-amd64-cpu");
        var d = import.Description;

        Assert.True(d.FromScratch);
        Assert.Equal("ubuntu:22.04", d.BaseImage);
        Assert.Equal(TemplateFixtures.BuildApt, d.BuildApt);
        Assert.Equal(TemplateFixtures.RuntimeApt, d.RuntimeApt);
        Assert.Equal(TemplateFixtures.DevApt, d.DevApt);
        Assert.Empty(d.BaseApt);
        Assert.Equal("https://example.org/miniconda/Miniconda3-latest-Linux-x86_64.sh", d.CondaInstallerUrl);
        Assert.Equal("/opt/conda", d.CondaInstallPath);
        Assert.Equal("build/Environments/project/environment.yml", d.CondaEnvironmentFile);
        Assert.Equal("build/Environments/project/environment.yml", Assert.Single(import.DependencyFiles).RelativePath);
        Assert.Equal([new KeyValuePair<string, string>(TemplateFixtures.CarriedEnv, "1")], d.EnvironmentVariables);
        Assert.Equal(["/bin/zsh"], d.Command);
        Assert.Equal(["get-pure"], d.UnmappedStages);
        AssertInOrder(
            [
                "ENV PYTHONDONTWRITEBYTECODE=1 not carried: the template sets it in a build stage only",
                "ENV CONDA_INSTALL_PATH=/opt/conda", "ENV PATH=/opt/conda/condabin:${PATH}", "RUN echo 'int mkl_serv_intel_cpu_true()",
                "ENV DEPENDENCIES_DIR=/opt/template-dependencies", "ENV CONDA_INSTALL_PATH=/opt/conda", "ENV PATH=/opt/conda/condabin:${PATH}",
                "ENV LD_PRELOAD=/opt/conda/libfakeintel.so", "RUN mamba init --system bash", "ENV PATH=/opt/conda/envs/${PROJECT_NAME}/bin:/opt/conda/condabin:${PATH}",
                "ENV ENTRYPOINTS_ROOT=/opt/template-entrypoints", "COPY entrypoints", "ENTRYPOINT [\"/opt/template-entrypoints/entrypoint.sh\"]",
            ],
            d.Notes);
    }

    [Fact]
    public void A_missing_base_image_is_an_error_at_the_from_line()
    {
        var files = Layout202407().With("compose-base.yaml", "services:\n  args-run-root:\n    build:\n      args:\n        GIT_IMAGE: x\n");

        var error = Assert.Single(Assert.Throws<DiagnosticException>(() => Import(files)).Diagnostics);

        Assert.Equal(ScriptingDiagnosticIds.ImportFailed, error.Id);
        Assert.Equal("installation/docker-amd64-cuda/Dockerfile:40", error.Location);
        Assert.Equal("${BASE_IMAGE}", error.Value);
        Assert.Contains("BASE_IMAGE is set neither", error.Message);
    }

    [Fact]
    public void The_dockerfile_arg_default_counts_when_compose_has_none()
    {
        var files = Layout202407().With("compose-base.yaml", "services: {}\n")
            .With("Dockerfile", TemplateFixtures.Dockerfile202407.Replace("ARG BASE_IMAGE\n", "ARG BASE_IMAGE=debian:bookworm\n", StringComparison.Ordinal));

        Assert.Equal("debian:bookworm", Import(files).Description.BaseImage);
    }

    [Theory]
    [InlineData("Dockerfile", "FROM debian:bookworm-slim AS runtime\n", "installation/docker-amd64-cuda/Dockerfile", "no 'runtime-generic' stage")]
    [InlineData("dependencies/apt-build.txt", null, "installation/docker-amd64-cuda/Dockerfile:24", "apt list this RUN reads is not in the template folder")]
    public void Missing_stages_and_list_files_are_located(string file, string? text, string location, string message)
    {
        var files = Layout202407();
        if (text is null) files.Remove(file);
        else files[file] = text;

        var error = Assert.Single(Assert.Throws<DiagnosticException>(() => Import(files)).Diagnostics);

        Assert.Equal(location, error.Location);
        Assert.Contains(message, error.Message);
    }

    [Theory]
    [InlineData("class")]
    [InlineData("record")]
    [InlineData("1Environment")]
    [InlineData("../../Evil")]
    [InlineData("Evil\u202Egnp.cs")]
    [InlineData("Project\u200BEnvironment")]
    [InlineData("Ünïcode")]
    [InlineData("")]
    public void A_class_name_that_is_not_a_plain_identifier_is_refused(string name)
    {
        var error = Assert.Single(Assert.Throws<DiagnosticException>(() => Import(Layout202407(), new ImportOptions(name))).Diagnostics);

        Assert.Equal(ScriptingDiagnosticIds.ImportFailed, error.Id);
        Assert.Equal("--class-name", error.Location);
        Assert.All(error.Value ?? "", c => Assert.InRange(c, ' ', '~'));
    }

    [Fact]
    public void A_class_name_too_long_for_a_file_name_is_refused()
    {
        var error = Assert.Single(Assert.Throws<DiagnosticException>(() => Import(Layout202407(), new ImportOptions(new string('A', 300)))).Diagnostics);

        Assert.Equal("--class-name", error.Location);
        Assert.Contains("longer than 100", error.Message);
    }

    [Fact]
    public void A_folder_name_without_the_entry_defaults_to_amd64_cpu_with_a_note()
    {
        var d = Import(Layout202407(), folder: "docker").Description;

        Assert.Empty(d.Platforms);
        Assert.Contains(d.Notes, n => n.Contains("'docker' is not docker-<platform>-<acceleration>"));
    }

    [Fact]
    public void Inline_pip_installs_are_the_list_when_there_is_no_requirements_file()
    {
        var files = Layout202407().With("Dockerfile", TemplateFixtures.Dockerfile202407
            .Replace("pip install -r ${PIP_REQS_FILE}", "python3 -m pip install --no-cache-dir 'rich==13.7.1' wandb", StringComparison.Ordinal));

        var import = Import(files);

        Assert.Equal(new PackageList(["rich==13.7.1", "wandb"]).Items, import.Description.Pip.Items);
        Assert.Null(import.Description.Pip.File);
        Assert.Empty(import.DependencyFiles);
    }

    /// <summary>One note per fragment, in order, each containing its fragment.</summary>
    private static void AssertInOrder(IReadOnlyList<string> fragments, IReadOnlyList<string> notes)
    {
        Assert.True(fragments.Count == notes.Count, "notes:\n" + string.Join("\n", notes));
        for (var i = 0; i < notes.Count; i++) Assert.True(notes[i].Contains(fragments[i], StringComparison.Ordinal), $"note {i} '{notes[i]}' lacks '{fragments[i]}'");
    }

    private static string Note(DefinitionDescription d, string subject) => Assert.Single(d.Notes, n => n.Contains(subject, StringComparison.Ordinal));
}
