namespace ContainerKit.Docker.Provisioning;

/// <summary>
/// Makes Debian's podman usable with the test registry on these machines: installs podman when missing, declares
/// <see cref="TestEngineProvisioner.RegistryAddress"/> insecure (plain HTTP) in a <c>registries.conf.d</c> file,
/// and sets <c>default_ulimits = []</c> in <c>containers.conf</c>, because podman's default ulimits are refused
/// here ("error setting rlimit type 7"). Idempotent: files already right are left alone; a <c>containers.conf</c>
/// written by someone else is never rewritten (it must already say <c>default_ulimits = []</c>).
/// </summary>
/// <param name="workFolder">Folder for the apt-get logs (e.g. <c>artifacts/test-cluster</c>).</param>
/// <param name="progress">Receives one line per step.</param>
/// <param name="configFolder">podman's system configuration folder; <c>/etc/containers</c> unless a test points elsewhere.</param>
public sealed class PodmanProvisioner(string workFolder, TextWriter progress, string configFolder = "/etc/containers")
{
    private readonly ProvisioningCommands _commands = new(workFolder, "Podman");

    /// <summary>The drop-in declaring the test registry insecure, relative to the configuration folder.</summary>
    public const string RegistriesDropIn = "registries.conf.d/50-containerkit-test-registry.conf";

    /// <summary>The containers.conf file, relative to the configuration folder.</summary>
    public const string ContainersConf = "containers.conf";

    /// <summary>The text of <see cref="RegistriesDropIn"/>.</summary>
    public static string RegistriesText => $"""
        # Written by ContainerKit's test provisioning: the test registry speaks plain HTTP on loopback.
        [[registry]]
        location = "{TestEngineProvisioner.RegistryAddress}"
        insecure = true

        """;

    /// <summary>The text of <see cref="ContainersConf"/> when ContainerKit writes it.</summary>
    public const string ContainersText = """
        # Written by ContainerKit's test provisioning: podman's default ulimits are refused on these machines
        # ("error setting rlimit type 7"); keep the limits the caller has.
        [containers]
        default_ulimits = []

        """;

    /// <summary>Installs podman when missing and writes the configuration; returns what it did (empty when everything was ready).</summary>
    /// <exception cref="ContainerKit.Diagnostics.DiagnosticException">CK3007: podman cannot be installed here, apt-get failed, or an existing containers.conf lacks <c>default_ulimits = []</c>.</exception>
    public async Task<IReadOnlyList<string>> EnsureAsync(CancellationToken cancellationToken)
    {
        var done = new List<string>();
        if (!HostProbe.ProgramExists("podman"))
        {
            if (!(HostProbe.IsRoot && HostProbe.IsDebian))
            {
                throw _commands.Failed("podman is not installed; installing Debian's podman needs root on Debian/Ubuntu (or install it yourself)", null);
            }
            progress.WriteLine("podman: installing Debian's podman");
            await _commands.InstallPackagesAsync(["podman"], cancellationToken).ConfigureAwait(false);
            done.Add("installed podman");
        }
        if (WriteWhenDifferent(RegistriesDropIn, RegistriesText)) done.Add($"declared {TestEngineProvisioner.RegistryAddress} insecure in {RegistriesDropIn}");
        EnsureContainersConf(done);
        progress.WriteLine(done.Count == 0 ? $"podman: installed, {TestEngineProvisioner.RegistryAddress} insecure, default_ulimits = []" : "podman: " + string.Join("; ", done));
        return done;
    }

    private void EnsureContainersConf(List<string> done)
    {
        var path = Path.Combine(configFolder, ContainersConf);
        if (!File.Exists(path))
        {
            WriteWhenDifferent(ContainersConf, ContainersText);
            done.Add($"set default_ulimits = [] in {path}");
            return;
        }
        var lines = File.ReadAllLines(path).Select(l => l.Replace(" ", "", StringComparison.Ordinal));
        if (!lines.Contains("default_ulimits=[]"))
        {
            throw _commands.Failed($"{path} exists and does not set default_ulimits = [] under [containers]; podman's default ulimits are refused here. Add that line to it", null);
        }
    }

    private bool WriteWhenDifferent(string relative, string text)
    {
        var path = Path.Combine(configFolder, relative);
        if (File.Exists(path) && File.ReadAllText(path) == text) return false;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
        return true;
    }
}
