using System.Buffers.Binary;
using Google.Protobuf;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;

namespace ContainerKit.Docker.Building.Session;

/// <summary>
/// The gRPC services a ContainerKit build session offers the daemon: BuildKit's secrets provider and the health
/// check BuildKit polls to keep the session open. Requests and responses are unary gRPC messages (a 5-byte frame
/// header, then the protobuf); the two messages used are small enough to read and write field by field.
/// </summary>
internal sealed class SessionServices(IReadOnlyDictionary<string, byte[]> secrets) : IHttpApplication<IFeatureCollection>
{
    /// <summary>The secrets method (moby.buildkit.secrets.v1).</summary>
    public const string GetSecretMethod = "/moby.buildkit.secrets.v1.Secrets/GetSecret";

    /// <summary>The health method (grpc.health.v1).</summary>
    public const string HealthCheckMethod = "/grpc.health.v1.Health/Check";

    private const int Ok = 0;
    private const int NotFound = 5;
    private const int Unimplemented = 12;

    /// <inheritdoc />
    public IFeatureCollection CreateContext(IFeatureCollection contextFeatures) => contextFeatures;

    /// <inheritdoc />
    public void DisposeContext(IFeatureCollection context, Exception? exception)
    {
    }

    /// <inheritdoc />
    public async Task ProcessRequestAsync(IFeatureCollection context)
    {
        var request = context.GetRequiredFeature<IHttpRequestFeature>();
        var response = context.GetRequiredFeature<IHttpResponseFeature>();
        var body = context.GetRequiredFeature<IHttpResponseBodyFeature>();
        var trailers = context.GetRequiredFeature<IHttpResponseTrailersFeature>();

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer).ConfigureAwait(false);
        var message = Unframe(buffer.ToArray());

        var (status, reply) = request.Path switch
        {
            HealthCheckMethod => (Ok, new byte[] { 0x08, 0x01 }), // HealthCheckResponse { status: SERVING }
            GetSecretMethod => GetSecret(message),
            _ => (Unimplemented, null),
        };

        response.StatusCode = 200;
        response.Headers.ContentType = "application/grpc";
        await body.StartAsync().ConfigureAwait(false);
        if (reply is not null)
        {
            var frame = new byte[5 + reply.Length];
            BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1), (uint)reply.Length);
            reply.CopyTo(frame, 5);
            await body.Writer.WriteAsync(frame).ConfigureAwait(false);
        }
        trailers.Trailers["grpc-status"] = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (status != Ok) trailers.Trailers["grpc-message"] = status == NotFound ? "secret not found" : "unimplemented";
    }

    // GetSecretRequest { string ID = 1; map<string,string> annotations = 2; } -> GetSecretResponse { bytes data = 1; }
    private (int Status, byte[]? Reply) GetSecret(ReadOnlySpan<byte> message)
    {
        var input = new CodedInputStream(message.ToArray());
        var id = "";
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            if (WireFormat.GetTagFieldNumber(tag) == 1 && WireFormat.GetTagWireType(tag) == WireFormat.WireType.LengthDelimited) id = input.ReadString();
            else input.SkipLastField();
        }
        if (!secrets.TryGetValue(id, out var data)) return (NotFound, null);
        using var output = new MemoryStream();
        var writer = new CodedOutputStream(output);
        writer.WriteTag(1, WireFormat.WireType.LengthDelimited);
        writer.WriteBytes(ByteString.CopyFrom(data));
        writer.Flush();
        return (Ok, output.ToArray());
    }

    private static ReadOnlySpan<byte> Unframe(byte[] body) =>
        body.Length < 5 ? [] : body.AsSpan(5, (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(body.AsSpan(1)), (uint)(body.Length - 5)));
}
