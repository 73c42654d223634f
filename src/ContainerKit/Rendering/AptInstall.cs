using ContainerKit.Entrypoints;

namespace ContainerKit.Rendering;

/// <summary>
/// The one way ContainerKit installs apt packages: update and install in the same RUN, no recommends,
/// apt's download cache and lists on locked BuildKit cache mounts (so nothing is left in the layer).
/// </summary>
internal static class AptInstall
{
    /// <summary>Cache mounts for apt (shared by every stage and matrix entry).</summary>
    public static IReadOnlyList<string> Mounts { get; } =
    [
        "type=cache,target=/var/cache/apt,sharing=locked",
        "type=cache,target=/var/lib/apt/lists,sharing=locked",
    ];

    /// <summary>Appends the RUN installing <paramref name="packages"/>, one per line; nothing when the list is empty.</summary>
    public static void Append(DockerfileBuilder dockerfile, IReadOnlyList<string> packages)
    {
        if (packages.Count == 0) return;
        dockerfile.Run(Mounts,
        [
            // Debian images delete downloaded .debs after each install; keep them in the cache mount instead.
            "rm -f /etc/apt/apt.conf.d/docker-clean",
            "apt-get update",
            "DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends" + string.Concat(packages.Select(p => " \\\n        " + ShellQuoting.Word(p))),
        ]);
    }
}
