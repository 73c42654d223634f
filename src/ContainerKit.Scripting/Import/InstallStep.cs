using ContainerKit.Dockerfiles;

namespace ContainerKit.Scripting.Import;

/// <summary>One install command found in a RUN instruction of a template Dockerfile.</summary>
/// <param name="Kind">What it installs.</param>
/// <param name="Instruction">The RUN it is part of.</param>
internal sealed record InstallStep(InstallKind Kind, DockerfileInstruction Instruction)
{
    /// <summary>Names given inline: apt packages or pip requirements.</summary>
    public IReadOnlyList<string> Packages { get; init; } = [];

    /// <summary>Paths inside the build container of the list, requirements or environment files it reads.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    /// <summary>Words the importer cannot read statically, such as <c>$PACKAGES</c> (reported as notes).</summary>
    public IReadOnlyList<string> Unresolved { get; init; } = [];

    /// <summary>The installer URL as written (<see cref="InstallKind.CondaInstaller"/>), build arguments not yet substituted.</summary>
    public string? Url { get; init; }

    /// <summary>The <c>-p</c> install prefix (<see cref="InstallKind.CondaInstaller"/>).</summary>
    public string? InstallPath { get; init; }
}
