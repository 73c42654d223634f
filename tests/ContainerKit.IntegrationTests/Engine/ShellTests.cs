using ContainerKit.Docker.Engine;
using ContainerKit.Rendering;

namespace ContainerKit.IntegrationTests.Engine;

/// <summary>
/// Every shell a user can get sees the environment (issue 11, items 1 and 2): sh, bash and zsh, login, interactive
/// or neither, in the run and the dev image, as root and as a user, and over ssh into the container's sshd; the dev
/// image opens zsh with a prompt, history in the user's home and Debian's plugins.
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class ShellTests(EngineFixture engine)
{
    private const string Python = "/opt/venv/bin/python";
    private const string Pip = "/opt/venv/bin/pip";
    private static readonly UserBuildOptions Alice = new("alice", 1234, "lab", 4321);

    [Theory]
    [InlineData(ImageRoles.Run, false)]
    [InlineData(ImageRoles.Dev, true)]
    [InlineData(ImageRoles.RunUser, false)]
    [InlineData(ImageRoles.DevUser, true)]
    public async Task Every_shell_resolves_python_and_pip_to_the_environment(string role, bool hasZsh)
    {
        var image = await ImageAsync(role);
        const string probe = "echo \"$(command -v python) $(command -v pip)\"";
        var script = "for s in sh bash zsh; do command -v $s >/dev/null || continue; for f in -c -lc -ic; do "
                     + $"printf '%s %s %s\\n' $s $f \"$($s $f '{probe}' 2>/dev/null)\"; done; done; "
                     + "bash -lc 'python -c \"import tinywheel; print(tinywheel.VALUE)\"'";

        var (exit, output, error) = await engine.RunAsync(image, ["bash", "-c", script]);

        Assert.True(exit == 0, error);
        string[] shells = hasZsh ? ["sh", "bash", "zsh"] : ["sh", "bash"];
        var expected = shells.SelectMany(s => new[] { "-c", "-lc", "-ic" }.Select(f => $"{s} {f} {Python} {Pip}")).Append("42");
        Assert.Equal(expected, output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData(ImageRoles.Dev)]
    [InlineData(ImageRoles.DevUser)]
    public async Task Ssh_sessions_resolve_python_to_the_environment(string role)
    {
        var image = await ImageAsync(role);
        var port = Random.Shared.Next(20000, 40000);
        var ssh = $"ssh -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR -o BatchMode=yes -p {port} 127.0.0.1";
        var script = string.Join("\n",
            "set -e",
            "mkdir -p ~/.ssh && chmod 700 ~/.ssh",
            "ssh-keygen -q -t ed25519 -N '' -f ~/.ssh/id_ed25519",
            "cp ~/.ssh/id_ed25519.pub ~/.ssh/authorized_keys && chmod 600 ~/.ssh/authorized_keys",
            // sshd generates its host keys first, which takes seconds on a loaded machine: wait up to a minute, then say so.
            $"for i in $(seq 300); do (echo > /dev/tcp/127.0.0.1/{port}) 2>/dev/null && break; sleep 0.2; done",
            $"(echo > /dev/tcp/127.0.0.1/{port}) 2>/dev/null || {{ echo 'sshd is not listening on port {port} after 60 s' >&2; exit 1; }}",
            $"echo \"command $({ssh} 'command -v python')\"",
            // No command: sshd starts the account's login shell, which reads the commands from stdin.
            $"echo \"login $(echo 'command -v python' | {ssh})\"",
            $"echo \"zsh-login $({ssh} \"zsh -lc 'command -v python'\")\"",
            $"echo \"import $({ssh} 'python -c \"import tinywheel; print(tinywheel.VALUE)\"')\"");

        var (exit, output, error) = await engine.RunAsync(image, ["bash", "-c", script],
            o => o with { Environment = ["SSH_SERVER=1", $"SSH_CONTAINER_PORT={port}", "SSH_LISTEN_ADDRESS=127.0.0.1"] });

        Assert.True(exit == 0, error);
        Assert.Equal([$"command {Python}", $"login {Python}", $"zsh-login {Python}", "import 42"],
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Dev_image_opens_zsh_with_a_prompt_history_in_home_and_debian_plugins()
    {
        var dev = await engine.Connection.Client.Images.InspectImageAsync(await ImageAsync(ImageRoles.Dev), CancellationToken.None);
        var run = await engine.Connection.Client.Images.InspectImageAsync(await ImageAsync(ImageRoles.Run), CancellationToken.None);
        var image = await ImageAsync(ImageRoles.DevUser);
        // An interactive login zsh reading its commands from stdin, as a terminal session would type them.
        const string session = "echo ck-history-probe\nprint -r -- \"histfile=$HISTFILE prompt=${#PROMPT} autosuggest=${+functions[_zsh_autosuggest_start]} highlight=${+ZSH_HIGHLIGHT_VERSION}\"\nexit\n";
        const string script = "printf '%s' \"$CK_SESSION\" | zsh -il; echo \"saved $(grep -c ck-history-probe ~/.zsh_history)\"";

        var (exit, output, error) = await engine.RunAsync(image, ["bash", "-c", script], o => o with { Environment = ["CK_SESSION=" + session] });

        Assert.Equal(["/bin/zsh", "-l"], dev.Config.Cmd);
        Assert.Equal(["/bin/bash"], run.Config.Cmd);
        Assert.True(exit == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("ck-history-probe", lines);
        Assert.Contains(lines, l => l.StartsWith("histfile=/home/alice/.zsh_history prompt=", StringComparison.Ordinal) && l.EndsWith(" autosuggest=1 highlight=1", StringComparison.Ordinal));
        Assert.DoesNotContain("newuser", output + error, StringComparison.OrdinalIgnoreCase);
        // zsh prints its prompt (user@host, the directory) to stderr when stdin is not a terminal.
        Assert.Contains("alice@", error, StringComparison.Ordinal);
        Assert.Equal("saved 1", lines[^1]);
    }

    private async Task<string> ImageAsync(string role)
    {
        var user = role is ImageRoles.RunUser or ImageRoles.DevUser ? Alice.UserName : null;
        var folder = user is null ? await engine.BuildGenericAsync(new WheelEnvironment()) : await engine.BuildUserAsync(new WheelEnvironment(), Alice);
        return EngineFixture.Image(folder, role, user);
    }
}
