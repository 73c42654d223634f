using ContainerKit.Diagnostics;

namespace ContainerKit.Docker.Provisioning;

/// <summary>Decides which steps the test engine needs from what is on the machine; refuses when it cannot act.</summary>
public static class ProvisioningPlanner
{
    /// <summary>The steps to run, in order; empty when everything is in place.</summary>
    /// <exception cref="DiagnosticException">CK3007 when a step is needed that this machine cannot do, with what to do instead.</exception>
    public static IReadOnlyList<ProvisioningStep> Plan(HostFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var steps = new List<ProvisioningStep>();
        if (!facts.DaemonReachable)
        {
            if (!facts.DaemonIsLocalDefault)
            {
                throw Refuse("DOCKER_HOST names a daemon that does not answer; ContainerKit only starts a local one",
                    "start that daemon, or unset DOCKER_HOST so the TestEngine target can start a local daemon");
            }
            steps.Add(ProvisioningStep.StartDaemon);
        }
        if (!facts.BaseImagePresent) steps.Add(ProvisioningStep.CreateBaseImage);
        if (!facts.RegistryReachable) steps.Add(ProvisioningStep.StartRegistry);

        var needsPackages = facts.MissingPackages.Count > 0;
        if (needsPackages) steps.Insert(0, ProvisioningStep.InstallPackages);
        var needsHost = needsPackages || steps.Any(s => s is ProvisioningStep.StartDaemon or ProvisioningStep.StartRegistry or ProvisioningStep.CreateBaseImage);
        if (needsHost && !(facts.IsRoot && facts.IsDebian))
        {
            throw Refuse(
                $"the test engine needs {string.Join(", ", steps.Select(Describe))}, which only works as root on Debian/Ubuntu",
                $"install {string.Join(" ", TestEnginePackages.All.Select(p => p.Package))} (Debian names), start dockerd, "
                + "or run the tests as root on a Debian machine");
        }
        return steps;
    }

    /// <summary>A short description of a step for progress lines.</summary>
    public static string Describe(ProvisioningStep step) => step switch
    {
        ProvisioningStep.InstallPackages => "installing Debian packages",
        ProvisioningStep.StartDaemon => "starting dockerd",
        ProvisioningStep.CreateBaseImage => $"creating {TestEngineProvisioner.BaseImage} with debootstrap",
        ProvisioningStep.StartRegistry => $"starting a registry on {TestEngineProvisioner.RegistryAddress}",
        _ => step.ToString(),
    };

    private static DiagnosticException Refuse(string message, string hint) =>
        EngineDiagnostics.Exception(EngineDiagnostics.ProvisioningFailedId, "TestEngine", message, null, hint);
}
