using System.Text;
using System.Text.Json;
using ContainerKit.Docker.Streaming;

namespace ContainerKit.Tests.Engine;

/// <summary>The daemon's JSON-lines progress stream read message by message.</summary>
public sealed class JsonMessageReaderTests
{
    [Fact]
    public void A_message_keeps_its_id_stream_status_and_aux()
    {
        var message = JsonMessageReader.Parse("""{"id":"moby.image.id","status":"Pushed","stream":"Step 1/2\n","aux":{"ID":"sha256:1"}}""")!;

        Assert.Equal(("moby.image.id", "Step 1/2\n", "Pushed", (string?)null), (message.Id, message.Stream, message.Status, message.Error));
        Assert.Equal("sha256:1", message.Aux!.Value.GetProperty("ID").GetString());
    }

    [Fact]
    public void The_error_detail_message_wins_over_the_error_text()
    {
        var message = JsonMessageReader.Parse("""{"errorDetail":{"message":"connection refused"},"error":"short"}""")!;

        Assert.Equal("connection refused", message.Error);
    }

    [Theory]
    [InlineData("""{"error":"denied"}""", "denied")]
    [InlineData("""{"errorDetail":{"code":1},"error":"denied"}""", "denied")]
    [InlineData("""{"errorDetail":"text","error":"denied"}""", "denied")]
    [InlineData("""{"error":42}""", null)]
    public void Without_a_detail_message_the_error_text_is_used(string line, string? expected)
    {
        Assert.Equal(expected, JsonMessageReader.Parse(line)!.Error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("\"text\"")]
    [InlineData("{\"id\":")]
    public void Blank_non_json_and_non_object_lines_are_no_message(string line)
    {
        Assert.Null(JsonMessageReader.Parse(line));
    }

    [Fact]
    public void Fields_of_another_type_read_as_absent()
    {
        var message = JsonMessageReader.Parse("""{"id":7,"status":null,"stream":{"x":1}}""")!;

        Assert.Equal(((string?)null, (string?)null, (string?)null, (JsonElement?)null), (message.Id, message.Status, message.Stream, message.Aux));
    }

    [Fact]
    public async Task A_stream_yields_every_message_in_order_and_skips_the_lines_that_are_none()
    {
        var text = "{\"status\":\"a\"}\r\n\r\ngarbage\n{\"status\":\"b\"}\n{\"status\":\"c\"}";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));

        var statuses = new List<string?>();
        await foreach (var message in JsonMessageReader.ReadAllAsync(stream, CancellationToken.None)) statuses.Add(message.Status);

        Assert.Equal(["a", "b", "c"], statuses);
    }

    [Fact]
    public async Task A_cancelled_read_stops()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("{\"status\":\"a\"}\n"));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in JsonMessageReader.ReadAllAsync(stream, cancelled.Token)) { }
        });
    }
}
