using ContainerKit.Docker.Progress;

namespace ContainerKit.Tests.Engine;

/// <summary>
/// A classic build's output (Podman's API, buildah) as progress: <c>STEP</c> lines start steps, other lines are their
/// log even when a line arrives split over two messages, and an error fails the current step with its last lines.
/// </summary>
public sealed class ClassicBuildProgressTests
{
    [Fact]
    public void Steps_logs_and_the_failing_step_come_from_the_stream_lines()
    {
        var reporter = new RecordingReporter();
        var tracker = new BuildStepTracker("amd64-cpu/run", reporter);

        tracker.ApplyClassic("[1/2] STEP 1/2: FROM containerkit-test/debian:bookworm AS base\n");
        tracker.ApplyClassic("[1/2] STEP 2/2: RUN echo one && echo two\n");
        tracker.ApplyClassic("one\ntw");
        tracker.ApplyClassic("o\n");
        tracker.ApplyClassic("--> 4094c0b50b5\n");
        tracker.ApplyClassic("[2/2] STEP 1/1: RUN exit 7\n");
        tracker.ApplyClassic("about to fail\n");
        tracker.EndClassic("building at STEP \"RUN exit 7\": while running runtime: exit status 7\n");

        Assert.Equal(
        [
            (BuildStepState.Started, "[1/2] STEP 1/2: FROM containerkit-test/debian:bookworm AS base", (string?)null),
            (BuildStepState.Completed, "[1/2] STEP 1/2: FROM containerkit-test/debian:bookworm AS base", null),
            (BuildStepState.Started, "[1/2] STEP 2/2: RUN echo one && echo two", null),
            (BuildStepState.Log, "[1/2] STEP 2/2: RUN echo one && echo two", "one"),
            (BuildStepState.Log, "[1/2] STEP 2/2: RUN echo one && echo two", "two"),
            (BuildStepState.Log, "[1/2] STEP 2/2: RUN echo one && echo two", "--> 4094c0b50b5"),
            (BuildStepState.Completed, "[1/2] STEP 2/2: RUN echo one && echo two", null),
            (BuildStepState.Started, "[2/2] STEP 1/1: RUN exit 7", null),
            (BuildStepState.Log, "[2/2] STEP 1/1: RUN exit 7", "about to fail"),
            (BuildStepState.Failed, "[2/2] STEP 1/1: RUN exit 7", "building at STEP \"RUN exit 7\": while running runtime: exit status 7"),
        ], reporter.Events.Select(e => (e.State, e.Step, e.Text)));
        Assert.Equal("[2/2] STEP 1/1: RUN exit 7", tracker.Failure!.Name);
        Assert.Equal(["about to fail"], tracker.Failure.LastLines);
    }

    [Fact]
    public void A_successful_build_completes_its_last_step()
    {
        var reporter = new RecordingReporter();
        var tracker = new BuildStepTracker("scope", reporter);

        tracker.ApplyClassic("STEP 1/1: FROM base\n");
        tracker.EndClassic(null);

        Assert.Equal([BuildStepState.Started, BuildStepState.Completed], reporter.Events.Select(e => e.State));
        Assert.Null(tracker.Failure);
    }
}
