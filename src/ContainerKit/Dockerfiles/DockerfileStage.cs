namespace ContainerKit.Dockerfiles;

/// <summary>A build stage: one <c>FROM image [AS name]</c> and the instructions after it.</summary>
/// <param name="Index">0-based position among the stages.</param>
/// <param name="Name">The <c>AS</c> name, or null.</param>
/// <param name="BaseImage">The image (or earlier stage, or ARG reference) it starts from.</param>
/// <param name="Platform">The <c>--platform</c> flag value, or null.</param>
/// <param name="Line">Line of the FROM instruction.</param>
public sealed record DockerfileStage(int Index, string? Name, string BaseImage, string? Platform, int Line);
