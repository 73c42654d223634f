using ContainerKit.Entrypoints;
using ContainerKit.Model;

namespace ContainerKit.Definitions;

/// <summary>
/// A container environment written as a class. Override properties to declare intent; the entry-specific
/// <c>…For(MatrixEntry)</c> methods default to the properties, so an entry (e.g. cuda) can differ; an override of
/// both <c>X</c> and <c>XFor</c> whose <c>XFor</c> never reads <c>X</c> is CK1090 (the <c>ContainerKit.Analyzers</c> analyzer). A variant
/// of an environment is a subclass overriding a few members and <see cref="Name"/>.
/// Derive from <see cref="FromPythonEnvironment"/> or <see cref="FromScratchEnvironment"/>.
/// </summary>
public abstract class EnvironmentDefinition
{
    private protected EnvironmentDefinition()
    {
    }

    /// <summary>
    /// The environment name: folder under <c>artifacts/containers/</c> and the <c>--environment</c> filter.
    /// Defaults to the type name in kebab-case without an <c>Environment</c> suffix.
    /// </summary>
    public virtual string Name => Naming.KebabCase(GetType().Name, "Environment");

    /// <summary>The project this environment serves.</summary>
    public abstract Project Project { get; }

    /// <summary>The platform x acceleration matrix; amd64 x cpu by default.</summary>
    public virtual Matrix Matrix => Matrix.Platforms(Platform.Amd64).Accelerations(Acceleration.Cpu);

    /// <summary>The base image of an entry.</summary>
    public abstract BaseImage Base(MatrixEntry entry);

    /// <summary>apt packages every stage needs, installed into the shared base stage (e.g. the Python interpreter on a plain OS image).</summary>
    public virtual AptPackages BaseApt => AptPackages.Empty;

    /// <summary>Build-time apt packages (compilers, headers) for the stage that installs the Python environment.</summary>
    public virtual AptPackages BuildApt => AptPackages.Empty;

    /// <summary>Runtime apt packages of the <c>runtime-generic</c> image.</summary>
    public virtual AptPackages RuntimeApt => AptPackages.Empty;

    /// <summary>Development apt packages added by <c>development-generic</c> (editors, htop, openssh-server, sudo).</summary>
    public virtual AptPackages DevApt => AptPackages.Empty;

    /// <summary><see cref="BaseApt"/> for one entry.</summary>
    public virtual AptPackages BaseAptFor(MatrixEntry entry) => BaseApt;

    /// <summary><see cref="BuildApt"/> for one entry.</summary>
    public virtual AptPackages BuildAptFor(MatrixEntry entry) => BuildApt;

    /// <summary><see cref="RuntimeApt"/> for one entry.</summary>
    public virtual AptPackages RuntimeAptFor(MatrixEntry entry) => RuntimeApt;

    /// <summary><see cref="DevApt"/> for one entry.</summary>
    public virtual AptPackages DevAptFor(MatrixEntry entry) => DevApt;

    /// <summary>
    /// The development image's interactive shell, the default command of <c>Dev</c> and <c>EmptyInteractive</c>:
    /// zsh by default, as in the template (installed from Debian into the dev image), or bash.
    /// </summary>
    public virtual InteractiveShell DevShell => InteractiveShell.Zsh;

    /// <summary>
    /// With zsh as <see cref="DevShell"/>: also install Debian's <c>zsh-autosuggestions</c> and
    /// <c>zsh-syntax-highlighting</c> and load them in interactive shells (nothing is downloaded from GitHub).
    /// </summary>
    public virtual bool ZshPlugins => true;

    /// <summary>Environment variables set in the generic images (names checked by CK1006).</summary>
    public virtual IReadOnlyDictionary<string, string> EnvironmentVariables => new Dictionary<string, string>();

    /// <summary><see cref="EnvironmentVariables"/> for one entry (compose: <c>new Dictionary&lt;string, string&gt;(EnvironmentVariables) { ["K"] = "v" }</c>).</summary>
    public virtual IReadOnlyDictionary<string, string> EnvironmentVariablesFor(MatrixEntry entry) => EnvironmentVariables;

    /// <summary>The command the generic images run when none is given (the Dockerfile's exec-form <c>CMD</c>); <c>/bin/bash</c> by default.</summary>
    public virtual IReadOnlyList<string> Command => ["/bin/bash"];

    /// <summary>What the entrypoint scripts do; the base entrypoint and package name are filled in from <see cref="Base"/> and <see cref="Project"/>.</summary>
    public virtual EntrypointOptions Entrypoint => new();

    /// <summary><see cref="Entrypoint"/> for one entry (compose: <c>Entrypoint with { ... }</c>).</summary>
    public virtual EntrypointOptions EntrypointFor(MatrixEntry entry) => Entrypoint;

    /// <summary>The per-user layer.</summary>
    public virtual UserLayer User => new();

    /// <summary><see cref="User"/> for one entry (compose: <c>User with { ... }</c>).</summary>
    public virtual UserLayer UserFor(MatrixEntry entry) => User;

    /// <summary>OCI labels.</summary>
    public virtual Labels Labels => new();

    /// <summary><see cref="Labels"/> for one entry (compose: <c>Labels with { ... }</c>).</summary>
    public virtual Labels LabelsFor(MatrixEntry entry) => Labels;

    /// <summary>The Dockerfile syntax level; portable by default.</summary>
    public virtual DockerfileSyntax Syntax => DockerfileSyntax.Portable;

    /// <summary>
    /// Data mounted into Run, Dev, EmptyInteractive, compose.yaml's run and dev services and cluster jobs: read-only
    /// datasets, writable outputs and caches (see <see cref="Mount"/>). Targets are absolute and outside PROJECT_ROOT_AT.
    /// </summary>
    public virtual IReadOnlyList<Mount> Mounts => [];

    /// <summary>The mounts of one matrix entry; <see cref="Mounts"/> by default (compose: <c>[.. Mounts, Mount.Cache(...)]</c>).</summary>
    public virtual IReadOnlyList<Mount> MountsFor(MatrixEntry entry) => Mounts;

    /// <summary>Escape hatch: stages of the author's own, rendered before <c>runtime-generic</c>.</summary>
    public virtual IReadOnlyList<CustomStage> CustomStages(MatrixEntry entry) => [];

    /// <summary>Escape hatch: instructions appended to <c>runtime-generic</c> (e.g. <c>COPY --from</c> a custom stage).</summary>
    public virtual IReadOnlyList<Instruction> RuntimeInstructions(MatrixEntry entry) => [];

    /// <summary>Escape hatch: instructions appended to <c>development-generic</c>.</summary>
    public virtual IReadOnlyList<Instruction> DevelopmentInstructions(MatrixEntry entry) => [];
}
