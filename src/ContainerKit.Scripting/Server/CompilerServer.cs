using System.Diagnostics;
using System.Net.Sockets;
using System.Text.Json;
using ContainerKit.Diagnostics;
using ContainerKit.Scripting.Compilation;

namespace ContainerKit.Scripting.Server;

/// <summary>
/// A background process that keeps Roslyn loaded and jitted between build runs, so an edited definition
/// costs a warm compile instead of a compiler cold start in every new build process. It serves one Unix
/// socket beside the compiled-definition cache, one request at a time, and exits after
/// <see cref="IdleTimeout"/> without requests, or within a second once its socket file is gone (the
/// project's <c>.nuke/temp</c> was cleaned or the folder deleted). It only compiles: it never loads or runs
/// what it compiles.
/// </summary>
public static class CompilerServer
{
    /// <summary>The build process's argument that turns it into a compiler server: <c>--definition-compiler-server SOCKET</c>.</summary>
    public const string Argument = "--definition-compiler-server";

    /// <summary>How long a server waits for the next request before it exits.</summary>
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(10);

    /// <summary>Serves <paramref name="socketPath"/> until idle; returns the process exit code.</summary>
    public static int Run(string socketPath) => RunAsync(socketPath, IdleTimeout, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>
    /// Serves <paramref name="socketPath"/> until <paramref name="idleTimeout"/> passes without a request,
    /// the socket file is removed, or <paramref name="cancellationToken"/> fires. Returns at once when
    /// another server owns the socket (it holds <c>SOCKET.lock</c>).
    /// </summary>
    public static async Task<int> RunAsync(string socketPath, TimeSpan idleTimeout, CancellationToken cancellationToken)
    {
        var socket = Path.GetFullPath(socketPath);
        using var ownership = TryOwn(socket + ".lock");
        if (ownership is null)
        {
            return 0;
        }

        File.Delete(socket);
        using var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        listener.Bind(new UnixDomainSocketEndPoint(CompilerServerClient.SocketAddress(socket) ?? socket));
        listener.Listen(8);
        var references = new ReferenceCache();
        WarmUp(references);

        var idle = Stopwatch.StartNew();
        while (!cancellationToken.IsCancellationRequested && idle.Elapsed < idleTimeout && File.Exists(socket))
        {
            using var tick = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            tick.CancelAfter(TimeSpan.FromSeconds(1));
            Socket client;
            try
            {
                client = await listener.AcceptAsync(tick.Token);
            }
            catch (OperationCanceledException)
            {
                continue;
            }

            using (client)
            {
                await ServeAsync(client, references, cancellationToken);
            }

            idle.Restart();
        }

        File.Delete(socket);
        return 0;
    }

    private static async Task ServeAsync(Socket client, ReferenceCache references, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = new NetworkStream(client, ownsSocket: false);
            var request = await CompilerServerMessages.ReadAsync<CompileRequest>(stream, cancellationToken);
            CompileResponse response;
            try
            {
                response = new CompileResponse(DefinitionCompilation.Emit(request, references.For(request.References)), null);
            }
            catch (DiagnosticException e)
            {
                response = new CompileResponse(null, e.Diagnostics);
            }

            await CompilerServerMessages.WriteAsync(stream, response, cancellationToken);
        }
        catch (Exception e) when (e is IOException or SocketException or InvalidDataException or JsonException or OperationCanceledException)
        {
            // A client that went away or spoke garbage: it compiles in its own process instead.
        }
    }

    /// <summary>Jits the compiler once at start, against the framework alone, so the first request is already warm.</summary>
    private static void WarmUp(ReferenceCache references)
    {
        var framework = new ReferenceSet([]).Paths;
        var request = new CompileRequest("ContainerKit.WarmUp", [new CompileSource("warm-up.cs", "public static class WarmUp { public static int Answer => 42; }")], ["System"], framework);
        DefinitionCompilation.Emit(request, references.For(framework));
    }

    /// <summary>An exclusive lock on <paramref name="path"/> for the server's lifetime, or null when another process holds it.</summary>
    private static FileStream? TryOwn(string path)
    {
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
