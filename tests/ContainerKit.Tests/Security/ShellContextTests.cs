using ContainerKit.Definitions;
using ContainerKit.Diagnostics;
using ContainerKit.Dockerfiles;
using ContainerKit.Lint;
using ContainerKit.Model;
using ContainerKit.Rendering;
using ContainerKit.Tests.Core;
using Xunit;

namespace ContainerKit.Tests.Security;

/// <summary>
/// Values that reach a shell line of the rendered Dockerfiles: a value the shell would act on is a CK diagnostic,
/// and a value that passes is exactly one word of its command (quoted where it needs to be).
/// </summary>
public sealed class ShellContextTests
{
    [Theory]
    [InlineData("https://example.org/x.sh;id", "';'")]
    [InlineData("https://example.org/x.sh&&id", "'&'")]
    [InlineData("https://example.org/x.sh|sh", "'|'")]
    [InlineData("https://example.org/$(id).sh", "'$'")]
    [InlineData("https://example.org/`id`.sh", "'`'")]
    [InlineData("https://example.org/x'.sh", "'''")]
    [InlineData("https://example.org/a b.sh", "a space")]
    [InlineData("https://example.org/x.sh\nRUN id", "a newline")]
    [InlineData("https://example.org/x.sh>/etc/passwd", "'>'")]
    public void Installer_url_with_a_shell_metacharacter_is_CK1011(string url, string described)
    {
        var diagnostic = Assert.Single(Diagnose(new TestCondaEnvironment { Installer = url }), d => d.Id == "CK1011");

        Assert.Equal("TestCondaEnvironment.CondaInstallerFor", diagnostic.Location);
        Assert.Contains(described, diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(url, diagnostic.Value);
    }

    [Theory]
    [InlineData("https://example.org/miniforge/Miniforge3-Linux-x86_64.sh")]
    [InlineData("https://example.org/x.sh?version=1#frag")]
    [InlineData("https://user@example.org:8443/a%20b/[x]/~me/x.sh")]
    public void Installer_url_that_passes_is_quoted_as_the_last_word_of_curl(string url)
    {
        var dockerfile = Render(new TestCondaEnvironment { Installer = url });

        Assert.Contains($" '{url}'", dockerfile, StringComparison.Ordinal);
        var curl = Assert.Single(Commands(dockerfile), c => c[0] == "curl");
        Assert.Equal(url, curl[^1]);
    }

    [Fact]
    public void Apt_packages_are_one_word_each_and_a_tilde_version_is_quoted()
    {
        var dockerfile = Render(new TestEnvironment { RuntimeAptValue = ["git", "libfoo1=1.0~rc1-2", "zsh=5.9-4+b2"] });

        Assert.Contains("'libfoo1=1.0~rc1-2'", dockerfile, StringComparison.Ordinal);
        var install = Assert.Single(Commands(dockerfile), c => c is ["apt-get", "install", ..] && c.Contains("git"));
        Assert.Equal(["git", "libfoo1=1.0~rc1-2", "zsh=5.9-4+b2", "sudo"], install.Skip(4));
    }

    [Theory]
    [InlineData("git;id", "TestEnvironment.RuntimeApt", "CK1011")]
    [InlineData("git$(id)", "TestEnvironment.RuntimeApt", "CK1011")]
    [InlineData("git\nid", "TestEnvironment.RuntimeApt", "CK1011")]
    public void Apt_package_with_shell_code_is_refused(string package, string location, string id)
    {
        var diagnostic = Assert.Single(Diagnose(new TestEnvironment { RuntimeAptValue = [package] }), d => d.Id == id);
        Assert.Equal(location, diagnostic.Location);
    }

    [Theory]
    [InlineData("python3;id", "PythonExecutable", "CK1011")]
    [InlineData("python3 -c 'import os'", "PythonExecutable", "CK1011")]
    [InlineData("/opt/v env", "VirtualEnvPath", "CK1015")]
    [InlineData("/opt/venv;id", "VirtualEnvPath", "CK1015")]
    [InlineData("/opt/$(id)", "VirtualEnvPath", "CK1015")]
    public void Pip_install_values_with_shell_code_are_refused(string value, string member, string id)
    {
        var definition = member == "PythonExecutable" ? new ShellValuesEnvironment { Python = value } : new ShellValuesEnvironment { Venv = value };
        var diagnostic = Assert.Single(Diagnose(definition), d => d.Id == id);
        Assert.Equal("ShellValuesEnvironment." + member, diagnostic.Location);
        Assert.Equal(value, diagnostic.Value);
    }

    [Theory]
    [InlineData("/opt/con da", "CondaInstallPath", "CK1015")]
    [InlineData("/opt/conda;id", "CondaInstallPath", "CK1015")]
    [InlineData("env;id", "CondaEnvironmentName", "CK1014")]
    [InlineData("env name", "CondaEnvironmentName", "CK1014")]
    public void Conda_values_with_shell_code_are_refused(string value, string member, string id)
    {
        var definition = member == "CondaInstallPath" ? new ShellCondaEnvironment { InstallPath = value } : new ShellCondaEnvironment { EnvironmentName = value };
        var diagnostic = Assert.Single(Diagnose(definition), d => d.Id == id);
        Assert.Equal("ShellCondaEnvironment." + member, diagnostic.Location);
    }

    [Fact]
    public void Pip_and_conda_paths_are_the_words_of_their_commands()
    {
        var pip = Commands(Render(new ShellValuesEnvironment { Python = "python3.11", Venv = "/opt/my-env_1.0" }));
        Assert.Contains(pip, c => c is ["python3.11", _, "/opt/my-env_1.0"]);

        var conda = Commands(Render(new ShellCondaEnvironment { InstallPath = "/opt/mini.forge", EnvironmentName = "my-env.1" }));
        Assert.Contains(conda, c => c.SequenceEqual(["bash", "/tmp/conda-installer.sh", "-b", "-p", "/opt/mini.forge"]));
        Assert.Contains(conda, c => c is ["/opt/mini.forge/bin/mamba", "env", "create", "--yes", "--name", "my-env.1", ..]);
    }

    [Fact]
    public void Login_shell_with_shell_code_is_refused()
    {
        var diagnostic = Assert.Single(Diagnose(new TestEnvironment { UserValue = new() { LoginShell = "/bin/bash;id" } }), d => d.Id == "CK1015");
        Assert.Equal("TestEnvironment.User", diagnostic.Location);
    }

    [Theory]
    [InlineData("$(id)")]
    [InlineData("`id`")]
    [InlineData("a\"; id; echo \"")]
    [InlineData("back\\slash\\")]
    public void Environment_values_render_literally_in_ENV(string value)
    {
        var dockerfile = DockerfileParser.Parse(Render(new TestEnvironment { Variables = new() { ["MY_VALUE"] = value } }));

        var env = dockerfile.Instructions.First(i => i.Keyword == "ENV" && i.Arguments.Contains("MY_VALUE=", StringComparison.Ordinal));
        var escaped = "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("$", "\\$", StringComparison.Ordinal) + "\"";
        Assert.Contains("MY_VALUE=" + escaped, env.Arguments, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("one\ntwo")]
    [InlineData("one\rRUN id")]
    public void Environment_value_with_a_line_break_is_CK1011(string value)
    {
        var diagnostic = Assert.Single(Diagnose(new TestEnvironment { Variables = new() { ["MY_VALUE"] = value } }), d => d.Id == "CK1011");
        Assert.Equal("TestEnvironment.EnvironmentVariables", diagnostic.Location);
    }

    internal static IReadOnlyList<Diagnostic> Diagnose(EnvironmentDefinition definition)
    {
        try
        {
            return RenderPipeline.Plan([definition], RenderSelection.All, _ => null).Warnings;
        }
        catch (DiagnosticException e)
        {
            return e.Diagnostics;
        }
    }

    private static string Render(EnvironmentDefinition definition) =>
        Assert.Single(RenderPipeline.Plan([definition], RenderSelection.All, _ => null).Entries)
            .Files.Single(f => f.RelativePath == ImagePaths.GenericDockerfile).Content;

    /// <summary>The simple commands of every RUN of the Dockerfile, as words with quotes removed.</summary>
    private static List<IReadOnlyList<string>> Commands(string dockerfile) =>
        DockerfileParser.Parse(dockerfile).Instructions
            .Where(i => i.Keyword == "RUN")
            .SelectMany(i => ShellCommands.Split(i.Arguments))
            .ToList();

    private sealed class ShellValuesEnvironment : FromPythonEnvironment
    {
        public string Python { get; init; } = "python3";
        public string Venv { get; init; } = "/opt/venv";

        public override string Name => "shell-values";
        public override Project Project => new("shell-values");
        public override BaseImage Base(MatrixEntry entry) => BaseImage.Parse("debian:bookworm-slim");
        public override string PythonExecutable => Python;
        public override string VirtualEnvPath => Venv;
    }

    private sealed class ShellCondaEnvironment : FromScratchEnvironment
    {
        public string InstallPath { get; init; } = "/opt/conda";
        public string EnvironmentName { get; init; } = "project";

        public override string Name => "shell-conda";
        public override Project Project => new("shell-conda");
        public override BaseImage Base(MatrixEntry entry) => BaseImage.Parse("debian:bookworm-slim");
        public override CondaEnvironment Conda => new() { Dependencies = ["python=3.11"] };
        public override string CondaInstallPath => InstallPath;
        public override string CondaEnvironmentName => EnvironmentName;
    }
}
