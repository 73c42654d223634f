using Google.Protobuf;

namespace ContainerKit.Docker.BuildKit;

/// <summary>
/// Decodes <c>moby.buildkit.v1.StatusResponse</c> (BuildKit's control.proto) by field number, reading only
/// what progress reporting needs and skipping everything else, so newer daemons with extra fields still decode.
/// </summary>
public static class StatusResponseDecoder
{
    /// <summary>Decodes the base64 <c>aux</c> payload of a <c>moby.buildkit.trace</c> message.</summary>
    public static StatusResponse DecodeBase64(string payload) => Decode(Convert.FromBase64String(payload));

    /// <summary>Decodes a serialized StatusResponse.</summary>
    public static StatusResponse Decode(ReadOnlySpan<byte> bytes)
    {
        var vertexes = new List<Vertex>();
        var statuses = new List<VertexStatus>();
        var logs = new List<VertexLog>();
        var input = new CodedInputStream(bytes.ToArray());
        while (input.ReadTag() is var tag and not 0)
        {
            switch (WireFormat.GetTagFieldNumber(tag))
            {
                case 1: vertexes.Add(DecodeVertex(input.ReadBytes())); break;
                case 2: statuses.Add(DecodeStatus(input.ReadBytes())); break;
                case 3: logs.Add(DecodeLog(input.ReadBytes())); break;
                default: input.SkipLastField(); break;
            }
        }

        return new StatusResponse(vertexes, statuses, logs);
    }

    private static Vertex DecodeVertex(ByteString bytes)
    {
        string digest = "", name = "";
        string? error = null;
        var inputs = new List<string>();
        var cached = false;
        DateTimeOffset? started = null, completed = null;
        var input = bytes.CreateCodedInput();
        while (input.ReadTag() is var tag and not 0)
        {
            switch (WireFormat.GetTagFieldNumber(tag))
            {
                case 1: digest = input.ReadString(); break;
                case 2: inputs.Add(input.ReadString()); break;
                case 3: name = input.ReadString(); break;
                case 4: cached = input.ReadBool(); break;
                case 5: started = DecodeTimestamp(input.ReadBytes()); break;
                case 6: completed = DecodeTimestamp(input.ReadBytes()); break;
                case 7: error = input.ReadString(); break;
                default: input.SkipLastField(); break;
            }
        }

        return new Vertex(digest, inputs, name, cached, started, completed, string.IsNullOrEmpty(error) ? null : error);
    }

    private static VertexStatus DecodeStatus(ByteString bytes)
    {
        string id = "", vertex = "", name = "";
        long current = 0, total = 0;
        DateTimeOffset? timestamp = null, started = null, completed = null;
        var input = bytes.CreateCodedInput();
        while (input.ReadTag() is var tag and not 0)
        {
            switch (WireFormat.GetTagFieldNumber(tag))
            {
                case 1: id = input.ReadString(); break;
                case 2: vertex = input.ReadString(); break;
                case 3: name = input.ReadString(); break;
                case 4: current = input.ReadInt64(); break;
                case 5: total = input.ReadInt64(); break;
                case 6: timestamp = DecodeTimestamp(input.ReadBytes()); break;
                case 7: started = DecodeTimestamp(input.ReadBytes()); break;
                case 8: completed = DecodeTimestamp(input.ReadBytes()); break;
                default: input.SkipLastField(); break;
            }
        }

        return new VertexStatus(id, vertex, name, current, total, timestamp, started, completed);
    }

    private static VertexLog DecodeLog(ByteString bytes)
    {
        var vertex = "";
        long stream = 0;
        var message = Array.Empty<byte>();
        DateTimeOffset? timestamp = null;
        var input = bytes.CreateCodedInput();
        while (input.ReadTag() is var tag and not 0)
        {
            switch (WireFormat.GetTagFieldNumber(tag))
            {
                case 1: vertex = input.ReadString(); break;
                case 2: timestamp = DecodeTimestamp(input.ReadBytes()); break;
                case 3: stream = input.ReadInt64(); break;
                case 4: message = input.ReadBytes().ToByteArray(); break;
                default: input.SkipLastField(); break;
            }
        }

        return new VertexLog(vertex, timestamp, stream, message);
    }

    // google.protobuf.Timestamp: seconds = 1, nanos = 2.
    private static DateTimeOffset DecodeTimestamp(ByteString bytes)
    {
        long seconds = 0;
        var nanos = 0;
        var input = bytes.CreateCodedInput();
        while (input.ReadTag() is var tag and not 0)
        {
            switch (WireFormat.GetTagFieldNumber(tag))
            {
                case 1: seconds = input.ReadInt64(); break;
                case 2: nanos = input.ReadInt32(); break;
                default: input.SkipLastField(); break;
            }
        }

        return DateTimeOffset.FromUnixTimeSeconds(seconds).AddTicks(nanos / 100);
    }
}
