using ContainerKit.Docker.Processes;
using ContainerKit.Tests;

namespace ContainerKit.IntegrationTests.Bootstrap;

/// <summary>
/// The warm compiler server as users get it: the repository's compiled build process (the one
/// <c>./build.sh</c> runs) renders a scratch project; its first definition compile runs in process and starts
/// a server, the next edit is compiled by that server, a compile error is printed once at file:line:col
/// with its hint, and removing the socket stops the server. No Docker: Render only.
/// </summary>
public sealed class CompilerServerProcessTests : IDisposable
{
    private const string Environment = """
        using ContainerKit.Definitions;
        using ContainerKit.Model;

        namespace Environments;

        public sealed class TinyEnvironment : FromPythonEnvironment
        {
            public override Project Project => new("tiny-project", lab: "ck-compiler-server");

            public override Matrix Matrix => Matrix.Platforms(Platform.Amd64);

            public override BaseImage Base(MatrixEntry entry) => BaseImage.Parse("debian:bookworm-slim");

            public override AptPackages BaseAptFor(MatrixEntry entry) => ["python3", "python3-venv", "python3-pip"];

            public override AptPackages RuntimeApt => ["git"];
        }
        """;

    private readonly string _root = Directory.CreateTempSubdirectory("ck-compiler-server-").FullName;

    private string Definition => Path.Combine(_root, "build", "Environments", "TinyEnvironment.cs");

    private string Sockets => Path.Combine(_root, ".nuke", "temp", "definitions");

    [Fact]
    public async Task An_edit_after_the_first_compile_is_compiled_by_the_started_server()
    {
        Directory.CreateDirectory(Path.Combine(_root, ".nuke"));
        Directory.CreateDirectory(Path.GetDirectoryName(Definition)!);
        File.WriteAllText(Definition, Environment);

        var (exit, output) = await RenderAsync();
        Assert.True(exit == 0, output);
        Assert.Contains("compiled in this process", output, StringComparison.Ordinal);
        var socket = await WaitForSocketAsync();

        File.WriteAllText(Definition, Environment.Replace("[\"git\"]", "[\"git\", \"zsh\"]", StringComparison.Ordinal));
        (exit, output) = await RenderAsync();
        Assert.True(exit == 0, output);
        Assert.Contains("compiled by the warm compiler server", output, StringComparison.Ordinal);
        Assert.Contains("zsh", File.ReadAllText(Directory.GetFiles(Path.Combine(_root, "artifacts"), "Dockerfile", SearchOption.AllDirectories)[0]), StringComparison.Ordinal);

        File.WriteAllText(Definition, Environment.Replace("RuntimeApt =>", "RuntimeApts =>", StringComparison.Ordinal));
        (exit, output) = await RenderAsync();
        Assert.Equal(2, exit);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(output, @"build/Environments/TinyEnvironment\.cs:16:\d+"));
        Assert.Contains("CS0115", output, StringComparison.Ordinal);
        Assert.Contains("did you mean 'RuntimeApt'?", output, StringComparison.Ordinal);

        File.Delete(socket);
        Assert.True(await ServerGoneAsync(socket), "the compiler server did not exit after its socket was removed");
    }

    private async Task<(int Exit, string Output)> RenderAsync()
    {
        var output = new StringWriter();
        var build = RepositoryFolder.Combine(".nuke/temp/build-bin/_build.dll");
        var exit = await ProcessRunner.RunAsync("dotnet", [build, "Render", "--compiler-server", "true", "--verbosity", "verbose"], _root,
            new Dictionary<string, string>(), output, CancellationToken.None);
        return (exit, output.ToString());
    }

    private async Task<string> WaitForSocketAsync()
    {
        for (var i = 0; i < 600; i++)
        {
            var socket = Directory.Exists(Sockets) ? Directory.GetFiles(Sockets, "compiler-*.sock").FirstOrDefault() : null;
            if (socket is not null)
            {
                return socket;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"no compiler server socket appeared in {Sockets}");
    }

    /// <summary>True once the server released its lock file, i.e. exited.</summary>
    private static async Task<bool> ServerGoneAsync(string socket)
    {
        for (var i = 0; i < 300; i++)
        {
            try
            {
                using var unused = new FileStream(socket + ".lock", FileMode.Open, FileAccess.ReadWrite, FileShare.None);
                return true;
            }
            catch (IOException)
            {
                await Task.Delay(100);
            }
        }

        return false;
    }

    public void Dispose()
    {
        foreach (var socket in Directory.Exists(Sockets) ? Directory.GetFiles(Sockets, "compiler-*.sock") : [])
        {
            File.Delete(socket);
        }

        Directory.Delete(_root, recursive: true);
    }
}
