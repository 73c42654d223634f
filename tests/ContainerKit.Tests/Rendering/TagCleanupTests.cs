using ContainerKit.Rendering;

namespace ContainerKit.Tests.Rendering;

public sealed class TagCleanupTests
{
    private const string Repo = "ns/lab/project";

    private static readonly RenderManifest Manifest = new("project", "amd64-cpu", "amd64", "cpu", Repo, "/project",
    [
        new ManifestImage("run", "Dockerfile", "runtime-generic", null, new Dictionary<string, string>(), [$"{Repo}:amd64-cpu-run-{{revision}}-root"]),
        new ManifestImage("dev", "Dockerfile", "development-generic", null, new Dictionary<string, string>(), [$"{Repo}:amd64-cpu-dev-{{revision}}-root"]),
        new ManifestImage("run-user", "Dockerfile.user", null, "run", new Dictionary<string, string>(), [$"{Repo}:amd64-cpu-run-{{revision}}-{{user}}"]),
    ], "hash");

    private static LocalTag Tag(string tag, int day) => new($"{Repo}:{tag}", new DateTimeOffset(2026, 11, day, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Dirty_and_debug_tags_go_and_latest_stays()
    {
        var stale = TagCleanup.Plan([Manifest],
        [
            Tag("amd64-cpu-run-latest-root", 1), Tag("amd64-cpu-run-1a2b3c4-dirty-root", 1),
            Tag("amd64-cpu-run-debug-python-env-root", 1), Tag("amd64-cpu-run-1a2b3c4-dirty-alice", 1),
        ], keep: 3);

        Assert.Equal(
        [
            new StaleTag($"{Repo}:amd64-cpu-run-1a2b3c4-dirty-alice", "dirty"),
            new StaleTag($"{Repo}:amd64-cpu-run-1a2b3c4-dirty-root", "dirty"),
            new StaleTag($"{Repo}:amd64-cpu-run-debug-python-env-root", "debug stage"),
        ], stale);
    }

    [Fact]
    public void Sha_revisions_but_the_newest_n_go_across_roles()
    {
        var stale = TagCleanup.Plan([Manifest],
        [
            Tag("amd64-cpu-run-aaaaaaa-root", 1), Tag("amd64-cpu-dev-aaaaaaa-root", 1),
            Tag("amd64-cpu-run-bbbbbbb-root", 3), Tag("amd64-cpu-dev-bbbbbbb-root", 3),
            Tag("amd64-cpu-run-ccccccc-root", 2), Tag("amd64-cpu-run-ccccccc-alice", 4),
        ], keep: 2);

        Assert.Equal([$"{Repo}:amd64-cpu-dev-aaaaaaa-root", $"{Repo}:amd64-cpu-run-aaaaaaa-root"], stale.Select(s => s.Reference));
        Assert.All(stale, s => Assert.Equal("old revision", s.Reason));
    }

    [Fact]
    public void Tags_the_templates_do_not_produce_are_never_touched()
    {
        var stale = TagCleanup.Plan([Manifest],
        [
            Tag("custom-1a2b3c4-dirty", 1), Tag("amd64-cuda-run-1a2b3c4-dirty-root", 1),
            new LocalTag("ns/lab/other:amd64-cpu-run-1a2b3c4-dirty-root", DateTimeOffset.UnixEpoch),
            new LocalTag($"{Repo}-x:amd64-cpu-run-1a2b3c4-dirty-root", DateTimeOffset.UnixEpoch),
        ], keep: 0);

        Assert.Empty(stale);
    }
}
