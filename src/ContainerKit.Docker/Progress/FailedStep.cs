namespace ContainerKit.Docker.Progress;

/// <summary>The step that failed a build, its error and the last lines it printed.</summary>
public sealed record FailedStep(string Name, string Error, IReadOnlyList<string> LastLines);
