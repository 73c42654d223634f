using ContainerKit.Docker.Provisioning;
using ContainerKit.Targets.Host;
using ContainerKit.Targets.Host.Testing;

namespace ContainerKit.Targets;

/// <summary>Test targets.</summary>
public abstract partial class ContainerKitBuild
{
    /// <summary>Runs unit and integration tests.</summary>
    public Target Test => _ => _
        .Description("Run the unit and the integration tests")
        .DependsOn(UnitTest, IntegrationTest);

    /// <summary>Runs the unit tests.</summary>
    public Target UnitTest => _ => _
        .Description("Run tests/ContainerKit.Tests")
        .DependsOn(UnitTestTools)
        .ProceedAfterFailure()
        .Executes(ct => RunTests("tests/ContainerKit.Tests", ct));

    /// <summary>Installs the programs the unit tests call (shellcheck); one that cannot be installed fails.</summary>
    public Target UnitTestTools => _ => _
        .Description("Install the Debian packages the unit tests call (shellcheck) when missing")
        .Unlisted()
        .Executes(ct => new UnitTestToolsProvisioner(Path.Combine(RootDirectory, "artifacts", "test-tools"), Output).EnsureAsync(ct));

    /// <summary>Runs the integration tests against a real engine.</summary>
    public Target IntegrationTest => _ => _
        .Description("Run tests/ContainerKit.IntegrationTests against a real Docker engine and Slurm cluster")
        .DependsOn(TestEngine, TestCluster, IntegrationTestTools)
        .After(UnitTest)
        .ProceedAfterFailure()
        .Executes(ct => RunTests("tests/ContainerKit.IntegrationTests", ct));

    /// <summary>Installs PowerShell 7 (a .NET tool in .nuke/temp/pwsh) for the tests of build.ps1.</summary>
    public Target IntegrationTestTools => _ => _
        .Description("Install PowerShell 7 as a .NET tool into .nuke/temp/pwsh (the build.ps1 tests) when missing")
        .Unlisted()
        .Executes(ct => new PowerShellToolProvisioner(RootDirectory, Output).EnsureAsync(ct));

    /// <summary>Ensures a daemon, base image and registry for integration tests.</summary>
    public Target TestEngine => _ => _
        .Description("Make sure a Docker daemon, the test base images (arm64 through QEMU emulation, see SetupEmulation) and a local registry exist")
        .Executes(ct => new TestEngineProvisioner(Path.Combine(RootDirectory, "artifacts", "test-engine"), Output).EnsureAsync(ct));

    /// <summary>Ensures a single-node Slurm cluster and podman for the cluster integration tests.</summary>
    public Target TestCluster => _ => _
        .Description("Make sure this machine is a single-node Slurm cluster (munge, slurmctld, slurmd) and podman pulls from the test registry")
        .Executes(async ct =>
        {
            var folder = Path.Combine(RootDirectory, "artifacts", "test-cluster");
            await new SlurmProvisioner(folder, Output).EnsureAsync(ct);
            await new PodmanProvisioner(folder, Output).EnsureAsync(ct);
        });

    /// <summary>Writes missing snapshots for review instead of failing on them (unit tests).</summary>
    [Parameter("UnitTest/Test: write missing snapshots (for review) instead of failing on them")]
    public bool AcceptSnapshots { get; set; }

    private Task RunTests(string project, CancellationToken cancellationToken) =>
        new DotNetTestRunner(RootDirectory, Output).RunAsync(project, TestProcessEnvironment(), cancellationToken);

    /// <summary>
    /// The variables the test process gets: the caller's CI (CI=true makes engine-dependent tests fail instead of
    /// skip) and CONTAINERKIT_ACCEPT_SNAPSHOTS from --accept-snapshots (a missing snapshot fails unless it is true).
    /// </summary>
    internal Dictionary<string, string> TestProcessEnvironment()
    {
        var environment = new Dictionary<string, string> { ["CONTAINERKIT_ACCEPT_SNAPSHOTS"] = AcceptSnapshots ? "true" : "false" };
        if (EnvironmentVariables.TryGetValue("CI", out var ci)) environment["CI"] = ci;
        return environment;
    }
}
