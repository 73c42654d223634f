using ContainerKit.Diagnostics;
using ContainerKit.Docker.Workspace;
using ContainerKit.Targets;
using ContainerKit.Tests.Scripting;

namespace ContainerKit.Tests.Host;

/// <summary>The user layer's USR/USRID/GRP/GRPID come from .env when it sets them, else from the host.</summary>
public sealed class EnvFileIdentityTests
{
    private static readonly HostIdentity HostUser = new("root", 0, "root", 0);

    [Fact]
    public void The_values_env_sets_win_over_the_host()
    {
        using var root = new TempFolder();
        var path = root.Write(".env", "# comment\nUSR=alice\nUSRID=4242\nGRP=lab\nGRPID=4343\nLOCAL_PROJECT_DIR=/x\n");

        Assert.Equal(new HostIdentity("alice", 4242, "lab", 4343), EnvFile.ReadIdentity(path, HostUser));
    }

    [Fact]
    public void Keys_env_does_not_set_come_from_the_host()
    {
        using var root = new TempFolder();
        var path = root.Write(".env", "USR=alice\nGRPID=\n");

        Assert.Equal(new HostIdentity("alice", 0, "root", 0), EnvFile.ReadIdentity(path, HostUser));
    }

    [Fact]
    public void Without_env_the_host_identity_is_used()
    {
        using var root = new TempFolder();

        Assert.Equal(HostUser, EnvFile.ReadIdentity(Path.Combine(root.Path, ".env"), HostUser));
    }

    [Fact]
    public void A_non_numeric_id_is_a_diagnostic_naming_the_file_and_the_key()
    {
        using var root = new TempFolder();
        var path = root.Write(".env", "USRID=12a\n");

        var diagnostic = Assert.Single(Assert.Throws<DiagnosticException>(() => EnvFile.ReadIdentity(path, HostUser)).Diagnostics);

        Assert.Equal(("CK1007", $"{path}: USRID", "12a"), (diagnostic.Id, diagnostic.Location, diagnostic.Value));
    }
}
