using ContainerKit.Diagnostics;
using ContainerKit.Scripting.Scripts;
using ContainerKit.Scripting.Server;

namespace ContainerKit.Tests.Scripting;

/// <summary>
/// The warm compiler server, run in this process on a real Unix socket: what it compiles is what the
/// in-process compiler compiles (the same bytes, the same errors), it stops when its socket goes, one
/// socket has one server, and a loader that finds no server compiles itself and starts one.
/// </summary>
public sealed class CompilerServerTests : IDisposable
{
    private const string Cpu = ClassDefinitionLoaderTests.Cpu;

    private readonly TempFolder _folder = new();
    private readonly CancellationTokenSource _stop = new();

    private string Environments => Path.Combine(_folder.Path, "build", "Environments");

    private ClassDefinitionLoader<ScriptTestEnvironment> NewLoader(string cache, IReadOnlyList<string>? startCommand = null) =>
        new(new ScriptLoaderOptions(Path.Combine(_folder.Path, cache))
        {
            AdditionalReferences = [typeof(CompilerServerTests).Assembly],
            CompilerServer = startCommand is null ? null : new CompilerServerOptions(startCommand),
        });

    [Fact]
    public async Task The_server_compiles_the_same_assembly_the_process_compiles()
    {
        _folder.Write("build/Environments/Cpu.cs", Cpu);
        var (loader, server) = await ServedLoaderAsync();

        var environments = loader.Load([Environments]);

        Assert.True(loader.LastCompiledByServer);
        Assert.Equal(["git"], Assert.Single(environments).RuntimeApt);
        NewLoader("here").Load([Environments]);
        Assert.Equal(CachedImage("here"), CachedImage("served"));
        Assert.False(server.IsCompleted);
    }

    [Fact]
    public async Task Compile_errors_from_the_server_are_the_in_process_errors_with_their_hints()
    {
        _folder.Write("build/Environments/Cpu.cs", Cpu.Replace("RuntimeApt =>", "RuntimeApts =>", StringComparison.Ordinal));
        var (loader, _) = await ServedLoaderAsync();

        var served = Assert.Throws<DiagnosticException>(() => loader.Load([Environments]));
        var here = Assert.Throws<DiagnosticException>(() => NewLoader("here").Load([Environments]));

        Assert.Equal(here.Diagnostics, served.Diagnostics);
        Assert.Equal("did you mean 'RuntimeApt'? (ScriptTestEnvironment has no overridable property 'RuntimeApts')", Assert.Single(served.Diagnostics).Hint);
    }

    [Fact]
    public async Task The_server_exits_when_its_socket_file_is_removed_and_a_second_server_leaves_the_socket_to_the_first()
    {
        var (loader, server) = await ServedLoaderAsync();

        var second = await CompilerServer.RunAsync(loader.CompilerServerSocket!, TimeSpan.FromMinutes(1), _stop.Token).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(0, second);
        Assert.False(server.IsCompleted);

        File.Delete(loader.CompilerServerSocket!);
        Assert.Equal(0, await server.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task The_server_exits_after_its_idle_time()
    {
        var socket = Path.Combine(_folder.Path, "idle.sock");
        var server = CompilerServer.RunAsync(socket, TimeSpan.FromMilliseconds(300), _stop.Token);

        Assert.Equal(0, await server.WaitAsync(TimeSpan.FromSeconds(60)));
        Assert.False(File.Exists(socket));
    }

    [Fact]
    public void Without_a_server_the_loader_compiles_itself_and_starts_one_with_the_build_command()
    {
        _folder.Write("build/Environments/Cpu.cs", Cpu);
        var started = Path.Combine(_folder.Path, "started.txt");
        var loader = NewLoader("cache", ["sh", "-c", "printf '%s\\n' \"$@\" > " + started, "sh"]);

        Assert.Equal(["git"], Assert.Single(loader.Load([Environments])).RuntimeApt);

        Assert.False(loader.LastCompiledByServer);
        var arguments = WaitForLines(started);
        Assert.Equal(CompilerServer.Argument, arguments[0]);
        Assert.Matches(@"/cache/compiler-[0-9a-f]{12}\.sock$", arguments[1]);
    }

    /// <summary>A loader whose compiler server runs in this process on the loader's own socket, once that socket is bound.</summary>
    private async Task<(ClassDefinitionLoader<ScriptTestEnvironment> Loader, Task<int> Server)> ServedLoaderAsync()
    {
        var loader = NewLoader("served", ["false"]);
        var socket = loader.CompilerServerSocket!;
        Directory.CreateDirectory(Path.GetDirectoryName(socket)!);
        var server = CompilerServer.RunAsync(socket, TimeSpan.FromMinutes(5), _stop.Token);
        for (var i = 0; i < 300 && !File.Exists(socket) && !server.IsCompleted; i++)
        {
            await Task.Delay(100);
        }

        Assert.True(File.Exists(socket), "the compiler server did not bind its socket");
        return (loader, server);
    }

    private byte[] CachedImage(string cache) => File.ReadAllBytes(Assert.Single(Directory.GetFiles(Path.Combine(_folder.Path, cache), "*.dll")));

    private static string[] WaitForLines(string path)
    {
        for (var i = 0; i < 300; i++)
        {
            if (File.Exists(path) && File.ReadAllText(path).Length > 0)
            {
                return File.ReadAllLines(path);
            }

            Thread.Sleep(100);
        }

        throw new TimeoutException($"nothing written to {path}");
    }

    public void Dispose()
    {
        _stop.Cancel();
        _folder.Dispose();
    }
}
