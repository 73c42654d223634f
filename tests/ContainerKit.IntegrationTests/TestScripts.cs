using ContainerKit.IntegrationTests.Engine;

namespace ContainerKit.IntegrationTests;

/// <summary>The <c>*.env.csx</c> definitions the tests write, so <see cref="PreexistingImages"/> covers their image names too.</summary>
public static class TestScripts
{
    /// <summary>Name and text of each script.</summary>
    public static IReadOnlyList<(string Name, string Script)> All { get; } =
    [
        ("targets", EngineTargetsTests.Script),
        ("freeze", FreezeEnvTests.Script),
        ("host", HostTargetsTests.GoodEnvironment),
        ("host-push", HostTargetsTests.PushEnvironment),
        ("host-unpullable", HostTargetsTests.UnpullableEnvironment(port: 1)),
        ("mounts", MountTargetsTests.Script("/tmp/ck-cache")),
        ("host-remote", HostTargetsTests.RemoteEnvironment("127.0.0.1:5000/ck-it/host-base:1")),
        ("dev-only-before", DevOnlyChangeTests.Before),
        ("dev-only-after", DevOnlyChangeTests.After),
        ("clean", CleanTargetTests.Script),
        ("faults", Faults.FaultRepository.Script("faults", "true")),
        ("pinned-base", Pins.BaseDigestFreezeTests.Script("127.0.0.1:5000/ck-it/pin-base:1")),
        ("podman", Podman.PodmanEngineTests.Script),
        ("sbom", Sbom.SbomTargetTests.Script),
        ("multiarch", MultiPlatform.MultiPlatformTests.Script),
        ("no-emulator", MultiPlatform.MissingEmulatorTests.Script),
        ("cluster", Clusters.SlurmJobTests.Environment),
    ];
}
