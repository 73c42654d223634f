using ContainerKit.Model;

namespace ContainerKit.Definitions;

/// <summary>
/// A conda installer (a Miniforge-style <c>.sh</c>): its https URL and the SHA-256 of the file, which the
/// Dockerfile checks before running it. <see cref="Miniforge"/> is a pinned Miniforge release.
/// </summary>
/// <param name="Url">The https URL of the installer.</param>
/// <param name="Sha256">
/// The SHA-256 of the installer as 64 hex digits (from the release's published checksums); null leaves the
/// download unverified, which Lint reports (CK2050).
/// </param>
public sealed record CondaInstaller(string Url, string? Sha256 = null)
{
    /// <summary>The pinned Miniforge release of <see cref="Miniforge"/>.</summary>
    public const string MiniforgeVersion = "25.3.0-3";

    // The SHA-256 sums published with Miniforge 25.3.0-3 (github.com/conda-forge/miniforge/releases/tag/25.3.0-3).
    private const string MiniforgeX8664Sha256 = "1b57f8cb991982063f79b56176881093abb1dc76d73fda32102afde60585b5a1";
    private const string MiniforgeAarch64Sha256 = "ac89f17b0eec4e98d38a53d1ae688e0f22c77d8ea5b5f008c2455e90ef095339";

    /// <summary>The Miniforge <see cref="MiniforgeVersion"/> installer for <paramref name="platform"/>'s CPU, with its published SHA-256.</summary>
    public static CondaInstaller Miniforge(Platform platform)
    {
        var (cpu, sha) = platform == Platform.Arm64 ? ("aarch64", MiniforgeAarch64Sha256) : ("x86_64", MiniforgeX8664Sha256);
        return new CondaInstaller(
            $"https://github.com/conda-forge/miniforge/releases/download/{MiniforgeVersion}/Miniforge3-{MiniforgeVersion}-Linux-{cpu}.sh", sha);
    }
}
