using System.Net.Sockets;
using System.Text.Json;
using ContainerKit.Diagnostics;
using ContainerKit.Scripting.Compilation;

namespace ContainerKit.Scripting.Server;

/// <summary>Asks a running <see cref="CompilerServer"/> to compile; any trouble reaching it means "compile here".</summary>
/// <param name="socketPath">The server's socket file.</param>
/// <param name="timeout">How long a compile may take before the caller gives up on the server.</param>
public sealed class CompilerServerClient(string socketPath, TimeSpan timeout)
{
    /// <summary>The longest socket address this code binds or connects to (Linux allows 107 bytes, macOS 103).</summary>
    private const int MaxAddressLength = 100;

    /// <summary>
    /// The assembly image compiled by the server, or null when no server answered. Compile errors are
    /// thrown as a <see cref="DiagnosticException"/>, as the in-process compiler throws them.
    /// </summary>
    public byte[]? TryCompile(CompileRequest request)
    {
        var address = SocketAddress(socketPath);
        if (address is null || !File.Exists(socketPath))
        {
            return null;
        }

        CompileResponse response;
        try
        {
            using var cancellation = new CancellationTokenSource(timeout);
            using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            socket.Connect(new UnixDomainSocketEndPoint(address));
            using var stream = new NetworkStream(socket, ownsSocket: false);
            CompilerServerMessages.WriteAsync(stream, request, cancellation.Token).GetAwaiter().GetResult();
            response = CompilerServerMessages.ReadAsync<CompileResponse>(stream, cancellation.Token).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is IOException or SocketException or InvalidDataException or JsonException or OperationCanceledException)
        {
            return null;
        }

        if (response.Errors is { Count: > 0 } errors)
        {
            throw new DiagnosticException(errors);
        }

        return response.Image;
    }

    /// <summary>
    /// The address to use for <paramref name="socketPath"/>: the absolute path when it is short enough,
    /// else the path relative to the current directory when that is, else null (no server).
    /// </summary>
    internal static string? SocketAddress(string socketPath)
    {
        var full = Path.GetFullPath(socketPath);
        if (full.Length <= MaxAddressLength)
        {
            return full;
        }

        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        return relative.Length <= MaxAddressLength ? relative : null;
    }
}
