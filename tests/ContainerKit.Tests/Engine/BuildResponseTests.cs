using System.Text;
using System.Text.Json;
using ContainerKit.Docker.BuildKit;
using ContainerKit.Docker.Building;
using ContainerKit.Docker.Progress;
using ContainerKit.Docker.Streaming;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace ContainerKit.Tests.Engine;

/// <summary>
/// A build's JSON-lines response as the daemon sends it: BuildKit updates encoded with the generated
/// StatusResponse classes, base64 in the <c>aux</c> of <c>moby.buildkit.trace</c> messages, decoded into step events.
/// </summary>
public sealed class BuildResponseTests
{
    private const string Scope = "env/amd64-cpu/run";
    private static readonly DateTimeOffset Start = new(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_step_that_runs_and_completes_is_reported_started_logged_and_completed_with_its_duration()
    {
        var run = Vertex("sha256:run", "[runtime 2/3] RUN echo hi");
        var started = new StatusResponse { Vertexes = { With(run, started: Start) } };
        var logged = new StatusResponse { Logs = { Log("sha256:run", "hi\npartial"), Log("sha256:run", " line\n") } };
        var completed = new StatusResponse { Vertexes = { With(run, started: Start, completed: Start.AddSeconds(2.5)) } };

        var (events, imageId, error, _) = await ReadAsync(Trace(started), Trace(logged), Trace(completed), ImageId("sha256:abc"));

        Assert.Equal(
        [
            new BuildProgressEvent(Scope, BuildStepState.Started, "[runtime 2/3] RUN echo hi"),
            new BuildProgressEvent(Scope, BuildStepState.Log, "[runtime 2/3] RUN echo hi", Text: "hi"),
            new BuildProgressEvent(Scope, BuildStepState.Log, "[runtime 2/3] RUN echo hi", Text: "partial line"),
            new BuildProgressEvent(Scope, BuildStepState.Completed, "[runtime 2/3] RUN echo hi", TimeSpan.FromSeconds(2.5)),
        ], events);
        Assert.Equal(("sha256:abc", (string?)null), (imageId, error));
    }

    [Fact]
    public async Task A_cached_step_is_reported_cached_without_start_or_duration()
    {
        var cached = With(Vertex("sha256:apt", "[deps 1/2] RUN apt-get install"), started: Start, completed: Start.AddSeconds(1));
        cached.Cached = true;

        var (events, _, _, _) = await ReadAsync(Trace(new StatusResponse { Vertexes = { cached } }));

        Assert.Equal([new BuildProgressEvent(Scope, BuildStepState.Cached, "[deps 1/2] RUN apt-get install")], events);
    }

    [Fact]
    public async Task A_failing_step_is_the_failure_with_its_error_and_last_output_lines()
    {
        var failing = Vertex("sha256:bad", "[runtime 3/3] RUN false");
        var update = new StatusResponse
        {
            Vertexes = { With(failing, started: Start) },
            Logs = { Log("sha256:bad", "first\nsecond\n") },
        };
        var failed = With(failing, started: Start, completed: Start.AddSeconds(1));
        failed.Error = "process \"/bin/sh -c false\" did not complete successfully: exit code: 1";

        var (events, imageId, error, failure) = await ReadAsync(
            Trace(update), Trace(new StatusResponse { Vertexes = { failed } }),
            """{"errorDetail":{"message":"executor failed running"},"error":"executor failed running"}""");

        Assert.Equal(new BuildProgressEvent(Scope, BuildStepState.Failed, "[runtime 3/3] RUN false", TimeSpan.FromSeconds(1), failed.Error), events[^1]);
        Assert.Equal(("[runtime 3/3] RUN false", failed.Error), (failure!.Name, failure.Error));
        Assert.Equal(["first", "second"], failure.LastLines);
        Assert.Equal(((string?)null, "executor failed running"), (imageId, error));
    }

    [Fact]
    public async Task Statuses_and_fields_the_proto_does_not_declare_are_read_past()
    {
        var update = new StatusResponse
        {
            Vertexes = { With(Vertex("sha256:pull", "[internal] load metadata"), started: Start, completed: Start.AddSeconds(3)) },
            Statuses = { new VertexStatus { Id = "layer", Vertex = "sha256:pull", Name = "downloading", Current = 5, Total = 10, Timestamp = Timestamp.FromDateTimeOffset(Start) } },
        };
        // A newer daemon's field 4 (warnings): a length-delimited field this proto does not declare.
        var bytes = update.ToByteArray().Concat(new byte[] { 0x22, 0x02, 0x0a, 0x00 }).ToArray();

        var decoded = BuildKitTrace.Decode(Message(Convert.ToBase64String(bytes)))!;
        var (events, _, _, _) = await ReadAsync(TraceLine(Convert.ToBase64String(bytes)));

        Assert.Equal(5, decoded.Statuses.Single().Current);
        Assert.Equal([BuildStepState.Started, BuildStepState.Completed], events.Select(e => e.State));
    }

    [Fact]
    public async Task A_step_without_a_name_is_named_by_its_digest_until_the_name_arrives()
    {
        var (events, _, _, _) = await ReadAsync(Trace(new StatusResponse { Logs = { Log("sha256:anon", "early\n") } }));

        Assert.Equal([new BuildProgressEvent(Scope, BuildStepState.Log, "sha256:anon", Text: "early")], events);
    }

    [Theory]
    [InlineData("""{"id":"moby.buildkit.trace","aux":"not base64!"}""")]
    [InlineData("""{"id":"moby.buildkit.trace","aux":"//8="}""")]
    [InlineData("""{"id":"moby.buildkit.trace","aux":{"ID":"x"}}""")]
    [InlineData("""{"id":"other","aux":"CgA="}""")]
    [InlineData("""{"stream":"Step 1/2"}""")]
    public void Messages_that_carry_no_status_response_decode_to_null(string line)
    {
        Assert.Null(BuildKitTrace.Decode(JsonMessageReader.Parse(line)!));
    }

    [Fact]
    public async Task A_response_without_image_id_returns_none()
    {
        var (_, imageId, error, _) = await ReadAsync("""{"stream":"done"}""", "", "not json");

        Assert.Equal(((string?)null, (string?)null), (imageId, error));
    }

    private static Vertex Vertex(string digest, string name) => new() { Digest = digest, Name = name };

    private static Vertex With(Vertex vertex, DateTimeOffset? started = null, DateTimeOffset? completed = null)
    {
        var copy = vertex.Clone();
        if (started is { } s) copy.Started = Timestamp.FromDateTimeOffset(s);
        if (completed is { } c) copy.Completed = Timestamp.FromDateTimeOffset(c);
        return copy;
    }

    private static VertexLog Log(string vertex, string text) =>
        new() { Vertex = vertex, Stream = 1, Msg = ByteString.CopyFromUtf8(text), Timestamp = Timestamp.FromDateTimeOffset(Start) };

    private static string Trace(StatusResponse response) => TraceLine(Convert.ToBase64String(response.ToByteArray()));

    private static string TraceLine(string base64) =>
        JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = BuildKitTrace.MessageId, ["aux"] = base64 });

    private static string ImageId(string id) => "{\"id\":\"moby.image.id\",\"aux\":{\"ID\":\"" + id + "\"}}";

    private static JsonMessage Message(string base64) => JsonMessageReader.Parse(TraceLine(base64))!;

    private static async Task<(IReadOnlyList<BuildProgressEvent> Events, string? ImageId, string? Error, FailedStep? Failure)> ReadAsync(params string[] lines)
    {
        var reporter = new RecordingReporter();
        var tracker = new BuildStepTracker(Scope, reporter);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n"));
        var (imageId, error) = await ImageBuilder.ReadResponseAsync(stream, tracker, CancellationToken.None);
        return (reporter.Events, imageId, error, tracker.Failure);
    }
}
