using ContainerKit.Docker.Provisioning;
using ContainerKit.Tests;

namespace ContainerKit.IntegrationTests.Bootstrap;

/// <summary>
/// PowerShell 7 from <c>.nuke/temp/pwsh</c>, where <c>./build.sh IntegrationTest</c> (its IntegrationTestTools
/// dependency) installs it; installed here too when missing (same provisioner, idempotent), so a plain
/// <c>dotnet test</c> works. When it cannot be installed, <see cref="Require"/> fails the test: never a skip.
/// </summary>
public sealed class PowerShellFixture : IAsyncLifetime
{
    /// <summary>The pwsh executable; null when it could not be installed.</summary>
    public string? Pwsh { get; private set; }

    private string _failure = "";

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var progress = new StringWriter();
        try
        {
            Pwsh = await new PowerShellToolProvisioner(RepositoryFolder.Root, progress).EnsureAsync(CancellationToken.None);
        }
        catch (Exception e)
        {
            _failure = $"{progress}{e.Message}";
        }
    }

    /// <inheritdoc />
    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>The pwsh executable; fails the test when PowerShell could not be installed.</summary>
    public string Require() =>
        Pwsh ?? throw new Xunit.Sdk.XunitException($"PowerShell {PowerShellToolProvisioner.Version} is required (./build.sh IntegrationTestTools installs it): {_failure}");
}
