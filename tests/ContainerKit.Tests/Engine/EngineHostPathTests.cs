using ContainerKit.Diagnostics;
using ContainerKit.Docker.Engine;

namespace ContainerKit.Tests.Engine;

/// <summary>
/// Host folders as the Linux engine names them in bind mounts: unchanged on Linux, Docker Desktop's drive mounts
/// (<c>/run/desktop/mnt/host/&lt;drive&gt;</c>) on Windows; network shares refused with CK3172.
/// </summary>
public sealed class EngineHostPathTests
{
    [Theory]
    [InlineData(@"C:\Users\me\proj", "/run/desktop/mnt/host/c/Users/me/proj")]
    [InlineData(@"D:\data\My Project\", "/run/desktop/mnt/host/d/data/My Project")]
    [InlineData(@"c:/Users/me/proj", "/run/desktop/mnt/host/c/Users/me/proj")]
    [InlineData(@"C:\", "/run/desktop/mnt/host/c")]
    [InlineData(@"\\?\C:\very\long\path", "/run/desktop/mnt/host/c/very/long/path")]
    public void Windows_drive_paths_become_Docker_Desktops_drive_mounts(string path, string expected)
    {
        Assert.Equal(expected, EngineHostPath.ForEngine(path, windowsHost: true, "the project folder"));
    }

    [Theory]
    [InlineData("/home/me/proj")]
    [InlineData("/tmp/with space/C:/odd")]
    public void Linux_paths_are_passed_unchanged(string path)
    {
        Assert.Equal(path, EngineHostPath.ForEngine(path, windowsHost: false, "the project folder"));
    }

    [Theory]
    [InlineData(@"\\fileserver\share\proj")]
    [InlineData(@"\\wsl$\Ubuntu\home\me\proj")]
    [InlineData(@"\\?\UNC\fileserver\share\proj")]
    public void Network_shares_on_Windows_are_CK3172_naming_the_path(string path)
    {
        var diagnostic = Assert.Single(Assert.Throws<DiagnosticException>(() => EngineHostPath.ForEngine(path, windowsHost: true, "the project folder")).Diagnostics);

        Assert.Equal("CK3172", diagnostic.Id);
        Assert.Equal("the project folder", diagnostic.Location);
        Assert.Equal(path, diagnostic.Value);
    }
}
