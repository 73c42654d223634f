using ContainerKit.Targets.Host;

namespace ContainerKit.Tests.Host;

public sealed class BuildProcessTests
{
    [Fact]
    public void The_dotnet_muxer_is_given_the_entry_assembly_and_an_app_host_is_not()
    {
        Assert.Equal(["/usr/share/dotnet/dotnet", "/repo/.nuke/temp/build-bin/_build.dll"],
            BuildProcess.CommandOf("/usr/share/dotnet/dotnet", "/repo/.nuke/temp/build-bin/_build.dll"));
        Assert.Equal([@"C:\Program Files\dotnet\dotnet.exe", @"C:\repo\_build.dll"],
            BuildProcess.CommandOf(@"C:\Program Files\dotnet\dotnet.exe", @"C:\repo\_build.dll"));
        Assert.Equal(["/repo/.nuke/temp/build-bin/_build"],
            BuildProcess.CommandOf("/repo/.nuke/temp/build-bin/_build", "/repo/.nuke/temp/build-bin/_build.dll"));
    }

    [Fact]
    public void Without_a_process_path_or_entry_assembly_there_is_no_command()
    {
        Assert.Null(BuildProcess.CommandOf(null, "/repo/_build.dll"));
        Assert.Null(BuildProcess.CommandOf("/usr/bin/dotnet", ""));
    }
}
