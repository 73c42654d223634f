using ContainerKit.Rendering;

namespace ContainerKit.IntegrationTests.Engine;

/// <summary>The rendered entrypoint inside real containers: project install, skip, W&amp;B key file, sshd.</summary>
[Collection(EngineCollection.Name)]
public sealed class EntrypointTests(EngineFixture engine) : IDisposable
{
    private const string ProjectRootAt = "/project/" + WheelEnvironment.ProjectName;
    private readonly string _project = CreateProject();

    public void Dispose() => Directory.Delete(_project, recursive: true);

    [Fact]
    public async Task Project_at_PROJECT_ROOT_AT_is_installed_editable_and_imported()
    {
        var image = await ImageAsync(ImageRoles.Run);

        var (exit, output, error) = await engine.RunAsync(image,
            ["python", "-c", "import it_wheel; print(it_wheel.__file__); print(it_wheel.ANSWER)"], Mounted);

        Assert.True(exit == 0, error);
        Assert.Equal([$"{ProjectRootAt}/it_wheel/__init__.py", "42"], output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Checking that the package 'it_wheel' imports", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SKIP_INSTALL_PROJECT_skips_the_install()
    {
        var image = await ImageAsync(ImageRoles.Run);

        var (exit, output, error) = await engine.RunAsync(image,
            // -P: the command starts in the project, whose folder must not count as an install.
            ["python", "-P", "-c", "import importlib.util; print(importlib.util.find_spec('it_wheel') is None)"],
            o => Mounted(o) with { Environment = ["SKIP_INSTALL_PROJECT=1"] });

        Assert.True(exit == 0, error);
        Assert.Equal("True", output.Trim());
        Assert.Contains("SKIP_INSTALL_PROJECT is set", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commands_start_in_PROJECT_ROOT_AT_also_in_the_dev_login_shell()
    {
        var run = await ImageAsync(ImageRoles.Run);
        var dev = await ImageAsync(ImageRoles.Dev);

        var (runExit, runOutput, runError) = await engine.RunAsync(run, ["pwd"], Mounted);
        var (devExit, devOutput, devError) = await engine.RunAsync(dev, ["zsh", "-lc", "pwd"], Mounted);

        Assert.True(runExit == 0, runError);
        Assert.Equal(ProjectRootAt, runOutput.Trim());
        Assert.True(devExit == 0, devError);
        Assert.Equal(ProjectRootAt, devOutput.Trim());
    }

    [Fact]
    public async Task Project_dependencies_are_installed_unless_SKIP_INSTALL_PROJECT_DEPS()
    {
        var dependency = new Import.TinyWheel("ck-dep-wheel", "0.1");
        // A hidden folder, so setuptools' package discovery does not take it for a second package.
        Directory.CreateDirectory(Path.Combine(_project, ".wheels"));
        await File.WriteAllBytesAsync(Path.Combine(_project, ".wheels", dependency.FileName), dependency.Build());
        await File.WriteAllTextAsync(Path.Combine(_project, "pyproject.toml"), PyProject($"dependencies = [\"{dependency.Name}=={dependency.Version}\"]\n"));
        var image = await ImageAsync(ImageRoles.Run);
        // No index here: pip finds the dependency in the project's .wheels folder.
        string[] offline = ["PIP_NO_INDEX=1", $"PIP_FIND_LINKS={ProjectRootAt}/.wheels"];
        var probe = $"import importlib.util; print(importlib.util.find_spec('{dependency.Module}') is not None)";

        var (exit, output, error) = await engine.RunAsync(image, ["python", "-c", probe], o => Mounted(o) with { Environment = offline });
        var (skipExit, skipOutput, skipError) = await engine.RunAsync(image, ["python", "-c", probe],
            o => Mounted(o) with { Environment = [.. offline, "SKIP_INSTALL_PROJECT_DEPS=1"] });

        Assert.True(exit == 0, error);
        Assert.Equal("True", output.Trim());
        Assert.True(skipExit == 0, skipError);
        Assert.Equal("False", skipOutput.Trim());
        Assert.Contains("without its dependencies (SKIP_INSTALL_PROJECT_DEPS is set)", skipError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_visible_user_site_the_project_goes_into_the_writable_environment()
    {
        var image = await ImageAsync(ImageRoles.Run);

        var (exit, output, error) = await engine.RunAsync(image,
            ["python", "-c", "import it_wheel, sys; print(it_wheel.ANSWER); print(sys.flags.no_user_site)"],
            o => Mounted(o) with { Environment = ["PYTHONNOUSERSITE=1"] });

        Assert.True(exit == 0, error);
        Assert.Equal(["42", "1"], output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("user site-packages are not visible in it", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WandB_key_file_is_read_and_never_printed()
    {
        const string key = "ck-secret-wandb-key-0123456789";
        await File.WriteAllTextAsync(Path.Combine(_project, "wandb.key"), key + "\n");
        var image = await ImageAsync(ImageRoles.Run);

        var (exit, output, error) = await engine.RunAsync(image,
            ["bash", "-c", $"test \"$WANDB_API_KEY\" = {key} && echo key-loaded"],
            o => Mounted(o) with { Environment = [$"WANDB_API_KEY_FILE_AT={ProjectRootAt}/wandb.key"] });

        Assert.True(exit == 0, error);
        Assert.Equal("key-loaded", output.Trim());
        Assert.DoesNotContain(key, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HF_TOKEN_AT_exports_the_token_and_stores_it_without_passing_it_to_a_command()
    {
        const string token = "hf_ckIntegrationToken0123456789abcdef";
        await File.WriteAllTextAsync(Path.Combine(_project, "hf.token"), token + "\n");
        // A huggingface-cli first on PATH that records its arguments: the old entrypoint ran `login --token <token>`.
        var cli = Path.Combine(_project, "bin", "huggingface-cli");
        Directory.CreateDirectory(Path.GetDirectoryName(cli)!);
        await File.WriteAllTextAsync(cli, "#!/bin/sh\nprintf '%s\\n' \"$*\" >> /tmp/hf-cli-calls\n");
        File.SetUnixFileMode(cli, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        var image = await ImageAsync(ImageRoles.Run);

        var (exit, output, error) = await engine.RunAsync(image,
            ["bash", "-c", "stored=\"${HF_TOKEN_PATH:-$HOME/.cache/huggingface/token}\"; [ \"$HF_TOKEN\" = \"$(cat \"$stored\")\" ] && stat -c %a \"$stored\" && echo \"length ${#HF_TOKEN}\" && cat /tmp/hf-cli-calls 2>/dev/null; echo done"],
            o => Mounted(o) with
            {
                Environment = [$"HF_TOKEN_AT={ProjectRootAt}/hf.token", $"PATH={ProjectRootAt}/bin:/opt/venv/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"],
            });

        Assert.True(exit == 0, error);
        Assert.Equal(["600", $"length {token.Length}", "done"], output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain(token, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SSH_SERVER_starts_sshd_on_the_configured_port()
    {
        var image = await ImageAsync(ImageRoles.Dev);

        var (exit, output, error) = await engine.RunAsync(image,
            ["bash", "-c", "for i in 1 2 3 4 5 6 7 8 9 10; do (echo > /dev/tcp/127.0.0.1/22022) 2>/dev/null && { echo listening; exit 0; }; sleep 0.5; done; exit 1"],
            o => o with { Environment = ["SSH_SERVER=1", "SSH_CONTAINER_PORT=22022", "SSH_LISTEN_ADDRESS=127.0.0.1"] });

        Assert.True(exit == 0, error);
        Assert.Equal("listening", output.Trim());
        Assert.Contains("Starting sshd on port 22022", error, StringComparison.Ordinal);
    }

    private Docker.Engine.RunOptions Mounted(Docker.Engine.RunOptions options) =>
        options with { ProjectFolder = _project, ProjectRootAt = ProjectRootAt };

    private async Task<string> ImageAsync(string role)
    {
        var folder = await engine.BuildGenericAsync(new WheelEnvironment());
        return EngineFixture.Image(folder, role);
    }

    /// <summary>A tiny setuptools project whose package is the environment's package name.</summary>
    private static string CreateProject()
    {
        var folder = Directory.CreateTempSubdirectory("ck-it-project-").FullName;
        Directory.CreateDirectory(Path.Combine(folder, "it_wheel"));
        File.WriteAllText(Path.Combine(folder, "it_wheel", "__init__.py"), "ANSWER = 42\n");
        File.WriteAllText(Path.Combine(folder, "pyproject.toml"), PyProject(""));
        return folder;
    }

    private static string PyProject(string dependencies) =>
        $"[project]\nname = \"it-wheel\"\nversion = \"0.1\"\n{dependencies}[build-system]\nrequires = [\"setuptools\"]\nbuild-backend = \"setuptools.build_meta\"\n";
}
