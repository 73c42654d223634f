namespace ContainerKit.Docker.Scheduling;

/// <summary>One job as the scheduler lists it.</summary>
/// <param name="Id">The scheduler's job id.</param>
/// <param name="Name">The job name.</param>
/// <param name="State">The state, e.g. <c>PENDING</c>, <c>RUNNING</c>, <c>COMPLETED</c>, <c>FAILED</c>.</param>
/// <param name="Elapsed">The run time so far, as the scheduler prints it.</param>
public sealed record ScheduledJob(string Id, string Name, string State, string Elapsed);
