using ContainerKit.Diagnostics;

namespace ContainerKit.Docker;

/// <summary>The CK3xxx engine diagnostics: one factory per failure kind so ids stay stable.</summary>
public static class EngineDiagnostics
{
    /// <summary>No Docker daemon answered.</summary>
    public const string DaemonUnreachableId = "CK3001";
    /// <summary>An image build failed.</summary>
    public const string BuildFailedId = "CK3002";
    /// <summary>A push failed after retries.</summary>
    public const string PushFailedId = "CK3003";
    /// <summary>A pull failed after retries.</summary>
    public const string PullFailedId = "CK3004";
    /// <summary>An entry folder has no usable render.json.</summary>
    public const string ManifestInvalidId = "CK3005";
    /// <summary>A container could not be created or run.</summary>
    public const string ContainerFailedId = "CK3006";
    /// <summary>The test engine could not be provisioned.</summary>
    public const string ProvisioningFailedId = "CK3007";
    /// <summary>Registry credentials could not be read.</summary>
    public const string CredentialsFailedId = "CK3008";
    /// <summary>DOCKER_HOST or the TLS settings are not usable.</summary>
    public const string EndpointInvalidId = "CK3009";
    /// <summary>An image the target reads from is not built.</summary>
    public const string ImageMissingId = "CK3010";
    /// <summary>A base image of a build is neither local nor pullable.</summary>
    public const string BaseImageUnavailableId = "CK3011";
    /// <summary>A matrix entry failed with an unexpected error (not a diagnostic).</summary>
    public const string EntryFailedId = "CK3012";
    /// <summary>A push of a <c>-dirty</c> revision was refused.</summary>
    public const string DirtyRevisionId = "CK3013";
    /// <summary>A build needs a BuildKit secret the build host did not supply (e.g. <c>pip-netrc</c>).</summary>
    public const string HostSecretMissingId = "CK3060";
    /// <summary>The packages of an image could not be read for its SBOM.</summary>
    public const string SbomReadFailedId = "CK3160";
    /// <summary>An SBOM could not be pushed beside its image (or read back) in a registry.</summary>
    public const string SbomPushFailedId = "CK3161";
    /// <summary>The docker context named by DOCKER_CONTEXT or config.json does not exist.</summary>
    public const string DockerContextMissingId = "CK3170";
    /// <summary>The docker CLI's config.json or a context's metadata is unreadable or has no docker endpoint.</summary>
    public const string DockerConfigInvalidId = "CK3171";
    /// <summary>A host path cannot be bind-mounted by the engine (e.g. a network share under Docker Desktop).</summary>
    public const string HostPathUnsupportedId = "CK3172";
    /// <summary>A build needs a feature Podman's Docker-compatible API lacks (BuildKit build secrets).</summary>
    public const string PodmanUnsupportedId = "CK3173";
    /// <summary>An entry's platform cannot run on this machine: no binfmt handler (QEMU user-mode emulation) is registered for it.</summary>
    public const string EmulationMissingId = "CK3140";
    /// <summary>A multi-platform image index could not be published.</summary>
    public const string ImageIndexFailedId = "CK3141";

    /// <summary>Creates an error diagnostic with the given id.</summary>
    public static Diagnostic Error(string id, string location, string message, string? value = null, string? hint = null) =>
        new(id, DiagnosticSeverity.Error, location, message, value, hint);

    /// <summary>Throws a <see cref="DiagnosticException"/> holding one error diagnostic.</summary>
    public static DiagnosticException Exception(string id, string location, string message, string? value = null, string? hint = null) =>
        new(Error(id, location, message, value, hint));
}
