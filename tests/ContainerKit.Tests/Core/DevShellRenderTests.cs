using ContainerKit.Definitions;
using ContainerKit.Rendering;

namespace ContainerKit.Tests.Core;

/// <summary>The dev shell setting in the rendered Dockerfile: packages, setup and the dev image's default command.</summary>
public sealed class DevShellRenderTests
{
    [Fact]
    public void Zsh_is_the_default_with_debian_plugins_and_the_dev_command()
    {
        var dockerfile = Dockerfile(new TestEnvironment());

        var development = Development(dockerfile);
        Assert.Contains("        htop \\\n        zsh \\\n        zsh-autosuggestions \\\n        zsh-syntax-highlighting\n", development, StringComparison.Ordinal);
        Assert.EndsWith("RUN /opt/containerkit/shell/setup.sh zsh\nCMD [\"/bin/zsh\", \"-l\"]\n", development, StringComparison.Ordinal);
        Assert.Contains("RUN /opt/containerkit/shell/setup.sh\nARG REVISION=unknown\n", dockerfile, StringComparison.Ordinal);
        Assert.Contains("CMD [\"/bin/bash\"]\n", dockerfile, StringComparison.Ordinal);
    }

    [Fact]
    public void Bash_adds_no_package_and_opens_a_bash_login_shell()
    {
        var development = Development(Dockerfile(new TestEnvironment { DevShellValue = InteractiveShell.Bash }));

        Assert.DoesNotContain("zsh", development, StringComparison.Ordinal);
        Assert.EndsWith("RUN /opt/containerkit/shell/setup.sh bash\nCMD [\"/bin/bash\", \"-l\"]\n", development, StringComparison.Ordinal);
    }

    [Fact]
    public void Zsh_without_plugins_or_already_listed_is_installed_once()
    {
        var withoutPlugins = Development(Dockerfile(new TestEnvironment { ZshPluginsValue = false }));
        var listed = Dockerfile(new TestEnvironment { RuntimeAptValue = ["git", "zsh=5.9-4+b6"] });

        Assert.Contains("        htop \\\n        zsh\n", withoutPlugins, StringComparison.Ordinal);
        Assert.DoesNotContain("autosuggestions", withoutPlugins, StringComparison.Ordinal);
        Assert.Single(listed.Split('\n'), l => l.Trim().TrimEnd('\\').Trim().StartsWith("zsh", StringComparison.Ordinal) && !l.Contains("zsh-", StringComparison.Ordinal));
        Assert.Contains("        zsh-autosuggestions \\\n        zsh-syntax-highlighting\n", Development(listed), StringComparison.Ordinal);
    }

    private static string Dockerfile(TestEnvironment definition)
    {
        var plan = RenderPipeline.Plan([definition], RenderSelection.All, _ => null);
        return Assert.Single(Assert.Single(plan.Entries).Files, f => f.RelativePath == ImagePaths.GenericDockerfile).Content;
    }

    private static string Development(string dockerfile) =>
        dockerfile[dockerfile.IndexOf($"AS {StageNames.Development}", StringComparison.Ordinal)..];
}
