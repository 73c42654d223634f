using ContainerKit.Tests.Host;
using ContainerKit.Tests.Scripting;
using Xunit;

namespace ContainerKit.Tests.Security;

/// <summary>
/// End to end through the host, as <c>./build.sh Render --definition it.env.csx</c>: a definition script whose
/// installer URL carries shell code exits 2 with the CK diagnostic, and writes no Dockerfile.
/// </summary>
public sealed class InjectedScriptRenderTests
{
    private const string Script = """
        // A from-scratch environment whose installer URL ends in shell code.
        public sealed class InjectedEnvironment : FromScratchEnvironment
        {
            public override string Name => "injected";
            public override Project Project => new("injected");
            public override BaseImage Base(MatrixEntry entry) => BaseImage.Parse("debian:bookworm-slim");
            public override CondaEnvironment Conda => new() { Dependencies = ["python=3.11"] };
            public override CondaInstaller CondaInstallerFor(MatrixEntry entry) => new("https://example.org/x.sh;id");
        }
        """;

    [Fact]
    public async Task Render_of_a_script_with_shell_code_in_the_installer_url_exits_2_with_CK1011()
    {
        using var root = new TempFolder();
        root.Write("injected.env.csx", Script);

        var run = await HostRun.StartAsync(new ContainerKitTargetsBuild(), ["Render", "--definition", "injected.env.csx"], root: root.Path);

        Assert.True(run.ExitCode == 2, run.Output);
        Assert.Contains("CK1011 at InjectedEnvironment.CondaInstallerFor", run.Output, StringComparison.Ordinal);
        Assert.Contains("https://example.org/x.sh;id", run.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(root.Path, "artifacts", "containers", "injected")));
    }
}
