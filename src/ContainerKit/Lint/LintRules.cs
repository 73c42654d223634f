using ContainerKit.Diagnostics;

namespace ContainerKit.Lint;

/// <summary>The catalog of ContainerKit's Dockerfile lint rules (in the spirit of hadolint).</summary>
public static class LintRules
{
    private const DiagnosticSeverity Error = DiagnosticSeverity.Error;
    private const DiagnosticSeverity Warning = DiagnosticSeverity.Warning;

    /// <summary>CK2001: FROM an image without tag or digest.</summary>
    public static readonly LintRule UnpinnedBaseImage = new("CK2001", Error,
        "Base images carry a tag or digest",
        "An untagged image means ':latest', so the same Dockerfile builds something different tomorrow.",
        "Pin the image, e.g. 'debian:bookworm-slim' or 'image@sha256:...'.");

    /// <summary>CK2002: FROM an image tagged latest.</summary>
    public static readonly LintRule LatestTag = new("CK2002", Warning,
        "Base images do not use ':latest'",
        "':latest' moves, so builds are not reproducible and cache hits lie.",
        "Use a versioned tag or a digest.");

    /// <summary>CK2003: apt-get update in a RUN without an install.</summary>
    public static readonly LintRule AptUpdateAlone = new("CK2003", Error,
        "apt-get update and apt-get install run in one RUN",
        "A cached 'apt-get update' layer makes a later install use stale package lists and fail or install old versions.",
        "Write 'apt-get update && apt-get install -y ...' in the same RUN.");

    /// <summary>CK2004: apt-get install without --no-install-recommends.</summary>
    public static readonly LintRule NoInstallRecommends = new("CK2004", Warning,
        "apt-get install uses --no-install-recommends",
        "Recommended packages bloat the image with things nobody asked for.",
        "Add '--no-install-recommends' (list the packages you need explicitly).");

    /// <summary>CK2005: apt lists left in the layer.</summary>
    public static readonly LintRule AptListsKept = new("CK2005", Warning,
        "apt lists are removed after an update",
        "Package lists left in a layer add tens of megabytes and go stale.",
        "End the RUN with 'rm -rf /var/lib/apt/lists/*' or use a cache mount for /var/lib/apt.");

    /// <summary>CK2006: piped RUN without pipefail.</summary>
    public static readonly LintRule Pipefail = new("CK2006", Warning,
        "RUN lines with a pipe set pipefail",
        "Without pipefail a failing command before '|' is ignored and the build goes on with broken output.",
        "Add 'SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]' before the RUN or start it with 'set -o pipefail &&'.");

    /// <summary>CK2007: sudo in RUN.</summary>
    public static readonly LintRule Sudo = new("CK2007", Error,
        "RUN does not use sudo",
        "sudo behaves unpredictably without a TTY and hides which user a layer runs as.",
        "Switch with 'USER root' for the privileged steps and back afterwards.");

    /// <summary>CK2008: relative WORKDIR.</summary>
    public static readonly LintRule RelativeWorkdir = new("CK2008", Error,
        "WORKDIR is absolute",
        "A relative WORKDIR depends on every earlier WORKDIR and breaks when stages are reordered.",
        "Use an absolute path such as '/opt/project'.");

    /// <summary>CK2009: ADD for local files.</summary>
    public static readonly LintRule AddForLocalFiles = new("CK2009", Warning,
        "COPY, not ADD, for local files",
        "ADD silently extracts archives and fetches URLs; COPY does exactly one thing.",
        "Use COPY; keep ADD for remote URLs and archives that should be extracted.");

    /// <summary>CK2010: shell-form ENTRYPOINT or CMD.</summary>
    public static readonly LintRule ShellFormEntrypoint = new("CK2010", Warning,
        "ENTRYPOINT and CMD use the JSON form",
        "The shell form wraps the command in 'sh -c', so it does not receive signals and the entrypoint chain loses its arguments.",
        "Write it as a JSON array, e.g. ENTRYPOINT [\"/opt/containerkit/entrypoints/pre-entrypoint.sh\"].");

    /// <summary>CK2011: secret-looking ENV/ARG name.</summary>
    public static readonly LintRule SecretName = new("CK2011", Error,
        "ENV and ARG names do not look like secrets",
        "ENV values and ARG values are stored in the image config and history, readable by anyone who can pull it.",
        "Pass secrets at run time (env var or a file given by a *_FILE / *_AT path) or use 'RUN --mount=type=secret'.");

    /// <summary>CK2012: user layer ends as root.</summary>
    public static readonly LintRule UserLayerEndsAsRoot = new("CK2012", Error,
        "The user layer does not end as root",
        "The user layer exists so containers run as the host user and bind-mounted files stay writable and owned correctly.",
        "End Dockerfile.user with 'USER <name>' for the non-root user.");

    /// <summary>CK2013: apt-get upgrade.</summary>
    public static readonly LintRule AptUpgrade = new("CK2013", Warning,
        "No apt-get upgrade or dist-upgrade",
        "Upgrading inside a build makes the image depend on the day it was built; update the base image instead.",
        "Remove the upgrade and bump the base image tag.");

    /// <summary>CK2014: cd in RUN.</summary>
    public static readonly LintRule CdInRun = new("CK2014", Warning,
        "WORKDIR instead of cd",
        "'cd' only lasts for one RUN, which makes later instructions depend on a directory they do not name.",
        "Use 'WORKDIR /path' (or pass the directory to the command, e.g. 'make -C').");

    /// <summary>CK2015: pip install keeps its cache.</summary>
    public static readonly LintRule PipCache = new("CK2015", Warning,
        "pip install does not leave its cache in the layer",
        "pip's download cache in a layer adds size and nothing else.",
        "Add '--no-cache-dir' or mount a cache: 'RUN --mount=type=cache,target=/root/.cache/pip'.");

    /// <summary>CK2016: apt-get install without -y.</summary>
    public static readonly LintRule AptYes = new("CK2016", Warning,
        "apt-get install runs non-interactively (-y)",
        "Without -y apt-get asks for confirmation and the build fails at the prompt.",
        "Add '-y'.");

    /// <summary>CK2017: several ENTRYPOINT/CMD in one stage.</summary>
    public static readonly LintRule RepeatedEntrypoint = new("CK2017", Warning,
        "One ENTRYPOINT and one CMD per stage",
        "Only the last one takes effect, so earlier ones mislead the reader.",
        "Remove all but the last.");

    /// <summary>CK2018: two stages with one name.</summary>
    public static readonly LintRule DuplicateStageName = new("CK2018", Error,
        "Stage names are unique",
        "COPY --from and FROM refer to stages by name; a duplicate makes the reference ambiguous.",
        "Rename one of the stages.");

    /// <summary>CK2019: unknown instruction.</summary>
    public static readonly LintRule UnknownInstruction = new("CK2019", Error,
        "Instructions are known Dockerfile keywords",
        "The builder rejects unknown instructions, usually a typo or a broken line continuation.",
        "Fix the keyword or the '\\' at the end of the previous line.");

    /// <summary>CK2020: apt instead of apt-get.</summary>
    public static readonly LintRule AptInsteadOfAptGet = new("CK2020", Warning,
        "apt-get, not apt, in scripts",
        "apt's command line is meant for people and warns that it is not stable for scripts.",
        "Use apt-get (or apt-cache).");

    /// <summary>CK2050: a downloaded installer runs without a checksum check.</summary>
    public static readonly LintRule UnverifiedInstaller = new("CK2050", Warning,
        "Downloaded installers are verified before they run",
        "An installer run straight from a download executes whatever the server (or anyone in between) sends today.",
        "Check the file against the SHA-256 its release publishes ('sha256sum --check'); in a definition give it: new CondaInstaller(url, sha256) or the default CondaInstaller.Miniforge(platform).");

    /// <summary>CK2051: an installer is downloaded from a moving URL (latest).</summary>
    public static readonly LintRule UnpinnedInstaller = new("CK2051", Warning,
        "Downloaded installers are pinned to a release",
        "A 'latest' URL serves a different installer after each release, so builds are not reproducible and no checksum can hold.",
        "Download a versioned release, e.g. .../releases/download/25.3.0-3/Miniforge3-25.3.0-3-Linux-x86_64.sh, with its SHA-256.");

    /// <summary>Every rule, ordered by id.</summary>
    public static IReadOnlyList<LintRule> All { get; } =
    [
        UnpinnedBaseImage, LatestTag, AptUpdateAlone, NoInstallRecommends, AptListsKept, Pipefail, Sudo,
        RelativeWorkdir, AddForLocalFiles, ShellFormEntrypoint, SecretName, UserLayerEndsAsRoot, AptUpgrade,
        CdInRun, PipCache, AptYes, RepeatedEntrypoint, DuplicateStageName, UnknownInstruction, AptInsteadOfAptGet,
        UnverifiedInstaller, UnpinnedInstaller,
    ];
}
