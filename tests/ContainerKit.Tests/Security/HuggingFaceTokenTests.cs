using ContainerKit.Docker.Processes;
using ContainerKit.Docker.Provisioning;
using ContainerKit.Entrypoints;
using ContainerKit.Tests.Scripting;
using Xunit;

namespace ContainerKit.Tests.Security;

/// <summary>
/// The Hugging Face token from HF_TOKEN_AT reaches huggingface_hub through the environment and its token file,
/// never a command line: the rendered entrypoint runs under strace, and no process it starts has the token in its argv.
/// </summary>
public sealed class HuggingFaceTokenTests
{
    private const string Token = "hf_TestTokenThatMustNotBeInArgv0123456789";

    [Fact]
    public async Task The_token_is_on_no_command_line_and_lands_in_the_token_file()
    {
        Assert.True(HostProbe.ProgramExists("strace"), "strace is not installed: `./build.sh UnitTest` installs it (apt-get install strace).");
        using var folder = new TempFolder();
        var script = folder.Write("entrypoint.sh", MainEntrypointScript.Render(new EntrypointOptions()));
        var tokenFile = folder.Write("secrets/hf-token", Token + "\n");
        // A huggingface-cli on PATH that records how it was called: the old entrypoint passed --token to it.
        var cli = folder.Write("bin/huggingface-cli", "#!/bin/sh\nprintf '%s\\n' \"$*\" >> \"$(dirname \"$0\")/../cli-calls.txt\"\n");
        File.SetUnixFileMode(cli, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var home = Directory.CreateDirectory(Path.Combine(folder.Path, "home")).FullName;
        var trace = Path.Combine(folder.Path, "execve.log");

        using var output = new StringWriter();
        var exitCode = await ProcessRunner.RunAsync("strace",
            ["-f", "-qq", "-e", "trace=execve", "-s", "4096", "-o", trace, "env", "-i",
             $"PATH={folder.Path}/bin:/usr/bin:/bin", $"HOME={home}", $"HF_TOKEN_AT={tokenFile}",
             "bash", script, "printenv", "HF_TOKEN"],
            folder.Path, new Dictionary<string, string>(), output, CancellationToken.None);

        Assert.True(exitCode == 0, $"the entrypoint exited with {exitCode}:\n{output}");
        var calls = File.ReadAllLines(trace).Where(l => l.Contains("execve(", StringComparison.Ordinal)).ToList();
        Assert.Contains(calls, c => c.Contains("\"printenv\", \"HF_TOKEN\"", StringComparison.Ordinal));
        Assert.DoesNotContain(calls, c => c.Contains(Token, StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(folder.Path, "cli-calls.txt")) && File.ReadAllText(Path.Combine(folder.Path, "cli-calls.txt")).Contains(Token, StringComparison.Ordinal));
        // The command got the token through the environment, and later shells find it in huggingface_hub's file.
        Assert.Contains(Token, output.ToString(), StringComparison.Ordinal);
        var stored = Path.Combine(home, ".cache", "huggingface", "token");
        Assert.Equal(Token, File.ReadAllText(stored));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(stored));
    }
}
