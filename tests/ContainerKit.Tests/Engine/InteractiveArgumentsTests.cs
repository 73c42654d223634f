using ContainerKit.Docker.Engine;

namespace ContainerKit.Tests.Engine;

/// <summary>The <c>docker run -it</c> words of Dev and EmptyInteractive.</summary>
public sealed class InteractiveArgumentsTests
{
    [Fact]
    public void Without_a_command_the_image_comes_last_so_its_CMD_the_dev_shell_runs()
    {
        var words = DockerContainerEngine.InteractiveArguments(new RunOptions("lab/project:amd64-cpu-dev-latest-root", []) { UnlimitedMemlock = false });

        Assert.Equal(["run", "--rm", "-it", "--ipc=host", "--ulimit", "stack=67108864", "--network=host", "lab/project:amd64-cpu-dev-latest-root"], words);
    }

    [Fact]
    public void The_project_mount_sets_PROJECT_ROOT_AT_and_the_command_follows_the_image()
    {
        var words = DockerContainerEngine.InteractiveArguments(new RunOptions("img:tag", ["bash", "-l"])
        {
            ProjectFolder = "/work/project", ProjectRootAt = "/project/p", UnlimitedMemlock = false,
        });

        Assert.Equal(["-v", "/work/project:/project/p", "-e", "PROJECT_ROOT_AT=/project/p"], words.Skip(7).Take(4));
        Assert.Equal(["img:tag", "bash", "-l"], words.TakeLast(3));
    }
}
