using ContainerKit.Diagnostics;

namespace ContainerKit.Validation;

/// <summary>The catalog of definition rules (<c>CK1xxx</c>). Ids are stable: never renumber, only add.</summary>
public static class DefinitionRules
{
    private const DiagnosticSeverity E = DiagnosticSeverity.Error;

    /// <summary>CK1001: apt package names follow Debian policy.</summary>
    public static readonly DiagnosticRule AptPackageName = new("CK1001", E, "Debian package name",
        "Debian package names are lower-case letters, digits and '+', '-', '.', at least two characters, starting with a letter or digit.");

    /// <summary>CK1002: an apt version pin follows Debian's version syntax.</summary>
    public static readonly DiagnosticRule AptVersionPin = new("CK1002", E, "Debian version pin",
        "Pin as name=version, e.g. curl=7.88.1-10+deb12u5 (see apt-cache policy <name>).");

    /// <summary>CK1003: pip requirements follow PEP 508.</summary>
    public static readonly DiagnosticRule Pep508 = new("CK1003", E, "PEP 508 requirement",
        "Write name[extras]<op>version[; marker], e.g. numpy>=1.26 or torch==2.3.1; sys_platform == \"linux\". Index options are typed: "
        + "override PipSources or PipSourcesFor(entry) (IndexUrl, ExtraIndexUrls, FindLinks, TrustedHosts, Pre) instead of writing --index-url in the list.");

    /// <summary>CK1004: conda specs follow the match-spec syntax.</summary>
    public static readonly DiagnosticRule CondaMatchSpec = new("CK1004", E, "conda match spec",
        "Write [channel::]name[ version[ build]] or name<op>version, e.g. python=3.11 or conda-forge::numpy>=1.26.");

    /// <summary>CK1005: image references follow the OCI distribution grammar.</summary>
    public static readonly DiagnosticRule ImageReference = new("CK1005", E, "OCI image reference",
        "Write [registry[:port]/]lower-case/path[:tag][@sha256:digest], e.g. nvcr.io/nvidia/pytorch:24.07-py3.");

    /// <summary>CK1006: environment variable names are portable shell names.</summary>
    public static readonly DiagnosticRule EnvVarName = new("CK1006", E, "environment variable name",
        "Use letters, digits and '_' and do not start with a digit, e.g. HF_HOME.");

    /// <summary>CK1007: user and group ids are in the range useradd accepts for regular users.</summary>
    public static readonly DiagnosticRule IdRange = new("CK1007", E, "UID/GID range",
        "Use an id between 1 and 2147483647 (0 is root; the user layer must not be root).");

    /// <summary>CK1008: a stage reference names a stage defined before it, or a pinned image.</summary>
    public static readonly DiagnosticRule UnknownStage = new("CK1008", E, "stage reference",
        $"Refer to {Rendering.StageNames.Base} or {Rendering.StageNames.PythonEnvironment}, a custom stage, or an image with a tag or digest; "
        + $"runtime and development instructions may also copy from {Rendering.StageNames.Runtime}.");

    /// <summary>CK1009: custom stages do not depend on each other in a cycle.</summary>
    public static readonly DiagnosticRule StageCycle = new("CK1009", E, "stage cycle",
        "Break the cycle: a stage cannot start FROM or COPY --from a stage that depends on it.");

    /// <summary>CK1010 (warning): a package is listed twice in lists that end up in the same image.</summary>
    public static readonly DiagnosticRule DuplicatePackage = new("CK1010", DiagnosticSeverity.Warning, "duplicate package",
        "Keep each package in one list: base packages reach every stage, runtime packages reach the dev image.");

    /// <summary>CK1011: a value interpolated into a shell line carries no shell metacharacters.</summary>
    public static readonly DiagnosticRule ShellMetacharacter = new("CK1011", E, "shell metacharacter",
        "Remove ';', '|', '&', '$', '`', quotes, redirections, globs and line breaks; use a custom stage for your own shell code.");

    /// <summary>CK1012: a dependency file named by the definition exists.</summary>
    public static readonly DiagnosticRule DependencyFile = new("CK1012", E, "dependency file",
        "Paths are relative to the repository root (the folder holding build.sh), e.g. dependencies/requirements.txt, and stay inside it.");

    /// <summary>CK1013: an environment.yml or requirements.txt can be parsed.</summary>
    public static readonly DiagnosticRule DependencyFileSyntax = new("CK1013", E, "dependency file syntax",
        "environment.yml needs name/channels/dependencies with an optional '- pip:' list; requirements.txt holds one requirement per line.");

    /// <summary>CK1014: environment, project and package names are usable as folder, tag and Python names.</summary>
    public static readonly DiagnosticRule Name = new("CK1014", E, "name",
        "Environment and project names are lower-case letters, digits and '-', '_' or '.'; the package is a Python identifier.");

    /// <summary>CK1015: paths inside the image are absolute and plain.</summary>
    public static readonly DiagnosticRule AbsolutePath = new("CK1015", E, "absolute path",
        "Use an absolute path of letters, digits and '/', '.', '_', '-', e.g. /opt/conda.");

    /// <summary>CK1016: a sudo password is given as a crypt(3) hash, never in plaintext.</summary>
    public static readonly DiagnosticRule PasswordHash = new("CK1016", E, "password hash",
        "Give a crypt(3) hash such as the output of 'openssl passwd -6'; plaintext passwords are refused.");

    /// <summary>CK1017: the matrix has at least one entry.</summary>
    public static readonly DiagnosticRule EmptyMatrix = new("CK1017", E, "matrix",
        "Give at least one platform and one acceleration: Matrix.Platforms(Platform.Amd64).Accelerations(Acceleration.Cpu).");

    /// <summary>CK1018: the conda installer URL is an https URL.</summary>
    public static readonly DiagnosticRule InstallerUrl = new("CK1018", E, "installer URL",
        "Use an absolute https:// URL of a Miniforge-style .sh installer.");

    /// <summary>CK1019: custom stage names are valid and unique.</summary>
    public static readonly DiagnosticRule StageName = new("CK1019", E, "stage name",
        "Name custom stages with lower-case letters, digits, '-', '_', '.'; do not reuse a built-in or another stage's name.");

    /// <summary>CK1020: a definition member threw while being read.</summary>
    public static readonly DiagnosticRule MemberFailed = new("CK1020", E, "definition member",
        "The member threw an exception; fix the code of the definition.");

    /// <summary>CK1021: environment names are unique across the repository.</summary>
    public static readonly DiagnosticRule DuplicateEnvironment = new("CK1021", E, "duplicate environment",
        "Override Name in one of the environments (e.g. a variant) so each renders to its own folder.");

    /// <summary>CK1022: raw instructions are single-line, known Dockerfile instructions.</summary>
    public static readonly DiagnosticRule RawInstruction = new("CK1022", E, "raw instruction",
        "Use one of RUN, COPY, ENV, WORKDIR, EXPOSE, LABEL, ARG, VOLUME, USER on one line, not ending in a backslash (it would continue into the next line); FROM is set by the stage.");

    /// <summary>CK1023: label keys and values are well-formed.</summary>
    public static readonly DiagnosticRule Label = new("CK1023", E, "label",
        "Label keys are lower-case reverse-DNS style (letters, digits, '.', '-'); values are one line.");

    /// <summary>CK1024: the --environment/--platform/--acceleration selection names something that exists.</summary>
    public static readonly DiagnosticRule Selection = new("CK1024", E, "selection",
        "Use an environment name or class name, a platform (amd64, arm64) and an acceleration name of a matrix (cpu, cuda, or a name the definitions declare).");

    /// <summary>CK1040: a base-image substitution is <c>[platform:]from=to</c> with two image references.</summary>
    public static readonly DiagnosticRule BaseImageSubstitution = new("CK1040", E, "base image substitution",
        "Write from=to, optionally limited to a platform: debian:bookworm-slim=mirror.example.org/debian:bookworm-slim or arm64:debian:bookworm-slim=local/debian-arm64:bookworm.");

    /// <summary>CK1041: an image namespace is a lower-case repository path prefix.</summary>
    public static readonly DiagnosticRule ImageNamespace = new("CK1041", E, "image namespace",
        "Use lower-case path components separated by '/', e.g. ci-run-42 or team/ci.");

    /// <summary>CK1025: names and image references stay within the lengths folders, tags and registries accept.</summary>
    public static readonly DiagnosticRule Length = new("CK1025", E, "length",
        $"Keep environment, project, lab and conda environment names to {Grammar.MaxNameLength} characters and image references to {Grammar.MaxImageNameLength}.");

    /// <summary>CK1026: a number is inside the range its use accepts (ports).</summary>
    public static readonly DiagnosticRule Range = new("CK1026", E, "range",
        "Use a TCP port between 1 and 65535, e.g. 2223 for sshd.");

    /// <summary>CK1050: an acceleration name is usable as a tag part and an entry key half.</summary>
    public static readonly DiagnosticRule AccelerationName = new("CK1050", E, "acceleration name",
        "Name accelerations with lower-case letters, digits, '.' and '_', starting with a letter, at most 32 characters, no '-', e.g. cu124.");

    /// <summary>CK1051: one name means one acceleration within a matrix.</summary>
    public static readonly DiagnosticRule DuplicateAcceleration = new("CK1051", E, "duplicate acceleration",
        "Give each acceleration of a matrix its own name (cpu, cuda and rocm are the built-in ones), e.g. Acceleration.CudaVariant(\"cu124\").");

    /// <summary>CK1052: an acceleration's own check refused an entry.</summary>
    public static readonly DiagnosticRule AccelerationCheck = new("CK1052", E, "acceleration check",
        "The acceleration's Validate refused this entry; change the entry's base (or other settings) as the message says.");

    /// <summary>CK1053: device options name absolute device paths and valid group names.</summary>
    public static readonly DiagnosticRule DeviceOptions = new("CK1053", E, "device options",
        "Devices are absolute host paths such as /dev/kfd; groups are names such as video or render.");

    /// <summary>CK1054: a mount's container path is a plain absolute path.</summary>
    public static readonly DiagnosticRule MountTarget = new("CK1054", E, "mount target",
        "Give the container path as a plain absolute path, e.g. /data/imagenet.");

    /// <summary>CK1055: a mount's container path neither overlaps the project mount nor repeats another mount's.</summary>
    public static readonly DiagnosticRule MountOverlap = new("CK1055", E, "mount overlap",
        "Mount data beside the project, not at, above or inside PROJECT_ROOT_AT (e.g. /data, /outputs), and each path once.");

    /// <summary>CK1056: a mount's source is a plain host path (relative to the project root, or absolute) or a volume name.</summary>
    public static readonly DiagnosticRule MountSource = new("CK1056", E, "mount source",
        "Host paths use letters, digits and '/', '.', '_', '-' without '..' (relative to the project root, or absolute); volume names are letters, digits, '_', '.', '-'.");

    /// <summary>CK1057: a mount's variable is a valid, unique environment variable name.</summary>
    public static readonly DiagnosticRule MountVariable = new("CK1057", E, "mount variable",
        "Name the variable with letters, digits and '_' (e.g. DATA_DIR), one per mount.");

    /// <summary>CK1058: the host path of a mount exists before any container starts.</summary>
    public static readonly DiagnosticRule MountMissing = new("CK1058", E, "mount host path",
        "Create the folder (mkdir -p), or fix the path; host paths are relative to the project root (the folder holding build.sh).");

    /// <summary>CK1059: <c>--mount</c> is <c>host:container[:ro]</c>.</summary>
    public static readonly DiagnosticRule MountOption = new("CK1059", E, "--mount",
        "Write --mount host-path:/container/path, with :ro for a read-only mount, e.g. --mount data/imagenet:/data/imagenet:ro.");
    /// <summary>CK1070: a pip index or find-links URL is an absolute http(s) URL without credentials.</summary>
    public static readonly DiagnosticRule PipSourceUrl = new("CK1070", E, "pip index URL",
        "Write an absolute URL such as https://download.pytorch.org/whl/cu124; credentials of a private index go in a netrc file passed as the BuildKit secret pip-netrc (PipSources.NetrcSecret = true, ./build.sh BuildGeneric --pip-netrc FILE), never in the URL.");

    /// <summary>CK1071: a pip trusted host is <c>host[:port]</c>.</summary>
    public static readonly DiagnosticRule PipTrustedHost = new("CK1071", E, "pip trusted host",
        "Write a host name or IPv4 address with an optional port, e.g. pypi.example.org or 127.0.0.1:8080.");

    /// <summary>CK1072: a pip find-links entry is an http(s) URL or an absolute path in the image.</summary>
    public static readonly DiagnosticRule PipFindLinks = new("CK1072", E, "pip find-links",
        "Give an http(s) URL of a page of links to archives, or an absolute folder path inside the image, e.g. /opt/wheels.");

    /// <summary>CK1073: the conda installer's checksum is a SHA-256 in hex.</summary>
    public static readonly DiagnosticRule InstallerChecksum = new("CK1073", E, "installer checksum",
        "Give the installer's SHA-256 as 64 hex digits, as published with the release (e.g. the .sha256 file next to the installer).");

    /// <summary>Every rule, by id.</summary>
    public static IReadOnlyList<DiagnosticRule> All { get; } =
    [
        AptPackageName, AptVersionPin, Pep508, CondaMatchSpec, ImageReference, EnvVarName, IdRange, UnknownStage,
        StageCycle, DuplicatePackage, ShellMetacharacter, DependencyFile, DependencyFileSyntax, Name, AbsolutePath,
        PasswordHash, EmptyMatrix, InstallerUrl, StageName, MemberFailed, DuplicateEnvironment, RawInstruction, Label, Selection,
        BaseImageSubstitution, ImageNamespace,
        Length, Range,
        AccelerationName, DuplicateAcceleration, AccelerationCheck, DeviceOptions,
        MountTarget, MountOverlap, MountSource, MountVariable, MountMissing, MountOption,
        PipSourceUrl, PipTrustedHost, PipFindLinks, InstallerChecksum,
    ];
}
