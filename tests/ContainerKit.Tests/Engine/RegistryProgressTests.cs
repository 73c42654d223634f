using ContainerKit.Docker.Registry;
using Docker.DotNet.Models;

namespace ContainerKit.Tests.Engine;

/// <summary>A push or pull's progress stream: the first error the daemon reports is kept.</summary>
public sealed class RegistryProgressTests
{
    [Fact]
    public void Status_messages_are_no_error()
    {
        var progress = new RegistryProgress();

        progress.Report(new JSONMessage { Status = "Pushing", ID = "abc" });
        progress.Report(new JSONMessage { Status = "Pushed", Error = new JSONError() });

        Assert.Null(progress.Error);
    }

    [Fact]
    public void The_first_error_is_kept()
    {
        var progress = new RegistryProgress();

        progress.Report(new JSONMessage { Status = "Preparing" });
        progress.Report(new JSONMessage { Error = new JSONError { Message = "dial tcp 127.0.0.1:9: connect: connection refused" } });
        progress.Report(new JSONMessage { Error = new JSONError { Message = "later" } });

        Assert.Equal("dial tcp 127.0.0.1:9: connect: connection refused", progress.Error);
    }
}
