namespace ContainerKit.Docker.Provisioning;

/// <summary>One action of the test engine set-up, in the order they run.</summary>
public enum ProvisioningStep
{
    /// <summary><c>apt-get install</c> the missing packages.</summary>
    InstallPackages,

    /// <summary>Start <c>dockerd</c> without a bridge network, detached, and wait for it.</summary>
    StartDaemon,

    /// <summary>debootstrap a minimal bookworm and import it as the test base image.</summary>
    CreateBaseImage,

    /// <summary>Start Debian's registry on the loopback address, detached, and wait for it.</summary>
    StartRegistry,
}
