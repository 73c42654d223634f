namespace ContainerKit.Docker.Progress;

/// <summary>One progress event of one step of a build.</summary>
/// <param name="Scope">What is being built, e.g. <c>amd64-cpu/run</c>.</param>
/// <param name="State">What happened.</param>
/// <param name="Step">The step name, e.g. <c>[runtime-generic 2/4] RUN apt-get install ...</c>.</param>
/// <param name="Duration">The step's duration, for completed or failed steps.</param>
/// <param name="Text">The log line (for <see cref="BuildStepState.Log"/>) or the error (for <see cref="BuildStepState.Failed"/>).</param>
public sealed record BuildProgressEvent(string Scope, BuildStepState State, string Step, TimeSpan? Duration = null, string? Text = null);
