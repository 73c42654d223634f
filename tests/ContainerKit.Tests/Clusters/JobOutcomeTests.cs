using ContainerKit.Docker.Scheduling;

namespace ContainerKit.Tests.Clusters;

/// <summary>Slurm's <c>code:signal</c> exit codes become the exit code Submit --wait returns.</summary>
public sealed class JobOutcomeTests
{
    [Theory]
    [InlineData("COMPLETED", "0:0", true, 0)]
    [InlineData("FAILED", "3:0", true, 3)]
    [InlineData("CANCELLED by 0", "0:15", true, 143)]
    [InlineData("TIMEOUT", "0:0", true, 1)]
    [InlineData("OUT_OF_MEMORY", "0:125", true, 253)]
    [InlineData("RUNNING", "0:0", false, 0)]
    [InlineData("PENDING", "0:0", false, 0)]
    [InlineData("COMPLETING", "0:0", false, 0)]
    public void Slurm_states_and_exit_codes_map_to_one_exit_code(string state, string exitCode, bool finished, int expected)
    {
        var outcome = JobOutcome.FromSlurm(state, exitCode, "None");

        Assert.Equal(finished, outcome.Finished);
        Assert.Equal(expected, outcome.ExitCode);
        Assert.Null(outcome.Reason);
        Assert.DoesNotContain(' ', outcome.State);
    }
}
