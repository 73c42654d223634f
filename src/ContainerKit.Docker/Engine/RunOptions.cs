using ContainerKit.Model;

namespace ContainerKit.Docker.Engine;

/// <summary>A container to run.</summary>
/// <param name="Image">The image reference.</param>
/// <param name="Command">Command words; empty runs the image's default command.</param>
public sealed record RunOptions(string Image, IReadOnlyList<string> Command)
{
    /// <summary><c>K=V</c> environment entries.</summary>
    public IReadOnlyList<string> Environment { get; init; } = [];

    /// <summary>Host folder of the project, bind-mounted at <see cref="ProjectRootAt"/>; null mounts nothing.</summary>
    public string? ProjectFolder { get; init; }

    /// <summary>Where the project is mounted inside the container.</summary>
    public string? ProjectRootAt { get; init; }

    /// <summary>Data mounts (binds or named volumes), each with its optional variable set to its container path.</summary>
    public IReadOnlyList<ResolvedMount> Mounts { get; init; } = [];

    /// <summary>The acceleration's devices: a GPU request, host devices and supplementary groups.</summary>
    public DeviceOptions Devices { get; init; } = DeviceOptions.None;

    /// <summary>Use the host network (default true).</summary>
    public bool HostNetwork { get; init; } = true;

    /// <summary>Ask for an unlimited memlock limit (see <c>HostLimits.CanRaiseMemlock</c>); the stack limit is always raised.</summary>
    public bool UnlimitedMemlock { get; init; } = true;

    /// <summary>Where the container's stdout goes; null means the console.</summary>
    public TextWriter? StandardOutput { get; init; }

    /// <summary>Where the container's stderr goes; null means the console.</summary>
    public TextWriter? StandardError { get; init; }

    /// <summary>Replaces the image's ENTRYPOINT (e.g. to read files without the entrypoint's setup); null keeps it.</summary>
    public IReadOnlyList<string>? Entrypoint { get; init; }
}
