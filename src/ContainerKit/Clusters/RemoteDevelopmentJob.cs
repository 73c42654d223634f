namespace ContainerKit.Clusters;

/// <summary>
/// A job that starts sshd in the dev image (<c>SSH_SERVER</c>, <c>SSH_CONTAINER_PORT</c>) and keeps running
/// (<c>sleep infinity</c> by default) until cancelled or out of time. Submit prints how to forward the port.
/// </summary>
public sealed record RemoteDevelopmentJob : Job
{
    /// <summary>Creates the job with <c>sleep infinity</c> as its command; it runs the dev image unless <see cref="JobImage.Development"/> says otherwise.</summary>
    public RemoteDevelopmentJob(string name)
        : base(name)
    {
        Command = ["sleep", "infinity"];
    }

    /// <inheritdoc />
    public override bool UsesDevelopmentImage => Image.Development ?? true;

    /// <summary>The port sshd listens on inside the job (<c>SSH_CONTAINER_PORT</c>).</summary>
    public int SshPort { get; init; } = 2223;
}
