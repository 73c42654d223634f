using ContainerKit.Docker.Registry;

namespace ContainerKit.Tests.Engine;

public sealed class RetryPolicyTests
{
    [Fact]
    public void Delays_double_from_the_initial_delay_and_the_first_attempt_has_none()
    {
        var policy = new RetryPolicy(4, TimeSpan.FromSeconds(1));

        Assert.Equal([TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)],
            Enumerable.Range(1, 4).Select(policy.DelayBefore));
    }

    [Fact]
    public async Task Transient_failures_are_retried_until_the_attempts_run_out_and_each_retry_is_announced()
    {
        var policy = new RetryPolicy(3, TimeSpan.FromMilliseconds(1));
        var calls = 0;
        var announced = new List<(int Attempt, TimeSpan Delay, string Cause)>();

        var error = await Assert.ThrowsAsync<IOException>(() => policy.ExecuteAsync<bool>(
            _ => throw new IOException($"refused {++calls}"), _ => true, (attempt, delay, e) => announced.Add((attempt, delay, e.Message)), CancellationToken.None));

        Assert.Equal(3, calls);
        Assert.Equal("refused 3", error.Message);
        Assert.Equal([(2, TimeSpan.FromMilliseconds(1), "refused 1"), (3, TimeSpan.FromMilliseconds(2), "refused 2")], announced);
    }

    [Fact]
    public async Task A_failure_that_is_not_transient_is_not_retried()
    {
        var policy = new RetryPolicy(4, TimeSpan.FromMilliseconds(1));
        var calls = 0;
        var announced = 0;

        await Assert.ThrowsAsync<InvalidOperationException>(() => policy.ExecuteAsync<bool>(
            _ => throw new InvalidOperationException($"denied {++calls}"), _ => false, (_, _, _) => announced++, CancellationToken.None));

        Assert.Equal(1, calls);
        Assert.Equal(0, announced);
    }

    [Fact]
    public async Task A_later_success_ends_the_retries()
    {
        var policy = new RetryPolicy(4, TimeSpan.FromMilliseconds(1));
        var calls = 0;

        var result = await policy.ExecuteAsync(_ => ++calls < 2 ? throw new IOException("once") : Task.FromResult(calls), _ => true, CancellationToken.None);

        Assert.Equal(2, result);
    }
}
