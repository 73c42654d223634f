namespace ContainerKit.Docker.Provisioning;

/// <summary>
/// Installs the programs the unit tests call (<see cref="UnitTestPackages"/>) when they are missing and this
/// machine can (root on Debian/Ubuntu). Idempotent: when everything is installed it only probes.
/// </summary>
/// <param name="workFolder">Folder for the apt-get logs (e.g. <c>artifacts/test-tools</c>).</param>
/// <param name="progress">Receives one line per step.</param>
public sealed class UnitTestToolsProvisioner(string workFolder, TextWriter progress)
{
    private readonly ProvisioningCommands _commands = new(workFolder, "UnitTestTools");

    /// <summary>
    /// Installs what is missing; returns the packages it installed. A tool that cannot be installed is a CK3007
    /// failure, on CI and locally alike: the tests that need it never skip.
    /// </summary>
    /// <param name="cancellationToken">Cancels apt-get.</param>
    public async Task<IReadOnlyList<string>> EnsureAsync(CancellationToken cancellationToken)
    {
        var missing = HostProbe.MissingPackages(UnitTestPackages.All);
        var names = string.Join(" ", missing);
        if (missing.Count == 0)
        {
            progress.WriteLine($"unit test tools: {string.Join(", ", UnitTestPackages.All.Select(p => p.Program))} installed");
            return missing;
        }
        if (!(HostProbe.IsRoot && HostProbe.IsDebian))
        {
            throw _commands.Failed($"the unit tests need the Debian packages {names}; installing them needs root on Debian/Ubuntu (or install them yourself)", null);
        }
        progress.WriteLine($"unit test tools: installing {names}");
        await _commands.InstallPackagesAsync(missing, cancellationToken).ConfigureAwait(false);
        return missing;
    }
}
