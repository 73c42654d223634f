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

    [Fact]
    public void The_daemons_layer_retries_are_announced_once_per_try_not_once_per_second_of_countdown()
    {
        var announced = new List<string>();
        var progress = new RegistryProgress(announced.Add);

        foreach (var (layer, seconds) in new[] { ("a", 5), ("b", 5), ("a", 4), ("b", 4), ("a", 1), ("a", 10), ("a", 9), ("b", 1) })
            progress.Report(new JSONMessage { ID = layer, Status = seconds == 1 ? "Retrying in 1 second" : $"Retrying in {seconds} seconds" });
        progress.Report(new JSONMessage { ID = "a", Status = "Pushing" });

        Assert.Equal(["the daemon retries layer a: Retrying in 5 seconds", "the daemon retries layer b: Retrying in 5 seconds",
            "the daemon retries layer a: Retrying in 10 seconds"], announced);
        Assert.Null(progress.Error);
    }
}
