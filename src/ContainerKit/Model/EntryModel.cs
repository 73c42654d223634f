using ContainerKit.Definitions;
using ContainerKit.Entrypoints;

namespace ContainerKit.Model;

/// <summary>
/// One matrix entry of one environment after validation: plain, checked values the renderers turn into files.
/// Built by <see cref="Validation.DefinitionValidator"/>; never constructed from unchecked input.
/// </summary>
public sealed record EntryModel
{
    /// <summary>The environment name.</summary>
    public required string EnvironmentName { get; init; }

    /// <summary>The matrix entry.</summary>
    public required MatrixEntry Entry { get; init; }

    /// <summary>The project.</summary>
    public required Project Project { get; init; }

    /// <summary>The base image reference.</summary>
    public required string BaseImage { get; init; }

    /// <summary>apt packages of the base stage.</summary>
    public required IReadOnlyList<string> BaseApt { get; init; }

    /// <summary>apt packages of the build stage.</summary>
    public required IReadOnlyList<string> BuildApt { get; init; }

    /// <summary>apt packages of the runtime stage.</summary>
    public required IReadOnlyList<string> RuntimeApt { get; init; }

    /// <summary>apt packages of the development stage.</summary>
    public required IReadOnlyList<string> DevApt { get; init; }

    /// <summary>The development image's interactive shell.</summary>
    public InteractiveShell DevShell { get; init; } = InteractiveShell.Zsh;

    /// <summary>Install and load Debian's zsh plugins (with zsh as <see cref="DevShell"/>).</summary>
    public bool ZshPlugins { get; init; } = true;

    /// <summary>The Python environment.</summary>
    public required PythonInstall Python { get; init; }

    /// <summary>Environment variables of the generic images, sorted by name.</summary>
    public required IReadOnlyList<KeyValuePair<string, string>> EnvironmentVariables { get; init; }

    /// <summary>The default command of the generic images (exec-form <c>CMD</c>).</summary>
    public required IReadOnlyList<string> Command { get; init; }

    /// <summary>Entrypoint options with the base entrypoint and package filled in.</summary>
    public required EntrypointOptions Entrypoint { get; init; }

    /// <summary>The user layer.</summary>
    public required UserLayer User { get; init; }

    /// <summary>Labels, sorted by key, without the revision (a build argument).</summary>
    public required IReadOnlyList<KeyValuePair<string, string>> Labels { get; init; }

    /// <summary>The Dockerfile syntax level.</summary>
    public required DockerfileSyntax Syntax { get; init; }

    /// <summary>Custom stages in dependency order.</summary>
    public required IReadOnlyList<CustomStage> CustomStages { get; init; }

    /// <summary>Extra instructions of runtime-generic.</summary>
    public required IReadOnlyList<Instruction> RuntimeInstructions { get; init; }

    /// <summary>Extra instructions of development-generic.</summary>
    public required IReadOnlyList<Instruction> DevelopmentInstructions { get; init; }

    /// <summary>The checked mounts of Run, Dev, EmptyInteractive, compose.yaml and cluster jobs, in declaration order.</summary>
    public IReadOnlyList<Mount> Mounts { get; init; } = [];
}
