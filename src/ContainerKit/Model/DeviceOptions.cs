using System.Text.Json.Serialization;

namespace ContainerKit.Model;

/// <summary>
/// The devices a container of an acceleration gets: a GPU request, host devices and supplementary groups.
/// One value read by every runner: the engine's Run (container create), the compose renderer and cluster jobs.
/// </summary>
public sealed record DeviceOptions
{
    /// <summary>Request every GPU (<c>--gpus all</c>, compose <c>deploy.resources.reservations.devices</c>).</summary>
    public bool AllGpus { get; init; }

    /// <summary>Host device paths passed through at the same path (<c>--device /dev/kfd</c>).</summary>
    public IReadOnlyList<string> Devices { get; init; } = [];

    /// <summary>Supplementary groups of the container's process (<c>--group-add video</c>).</summary>
    public IReadOnlyList<string> GroupAdd { get; init; } = [];

    /// <summary>No devices (cpu).</summary>
    public static DeviceOptions None { get; } = new();

    /// <summary>All NVIDIA GPUs (cuda).</summary>
    public static DeviceOptions NvidiaGpus { get; } = new() { AllGpus = true };

    /// <summary>AMD ROCm: <c>/dev/kfd</c> and <c>/dev/dri</c>, groups video and render (rocm).</summary>
    public static DeviceOptions AmdRocm { get; } = new() { Devices = ["/dev/kfd", "/dev/dri"], GroupAdd = ["video", "render"] };

    /// <summary>True when nothing is passed.</summary>
    [JsonIgnore]
    public bool IsEmpty => !AllGpus && Devices.Count == 0 && GroupAdd.Count == 0;

    /// <summary>The options of a built-in kind; <see cref="AccelerationKind.Custom"/> has none of its own.</summary>
    public static DeviceOptions ForKind(AccelerationKind kind) => kind switch
    {
        AccelerationKind.Cuda => NvidiaGpus,
        AccelerationKind.Rocm => AmdRocm,
        _ => None,
    };

    /// <summary>The <c>docker run</c> words: <c>--gpus all</c>, <c>--device PATH</c>..., <c>--group-add GROUP</c>...</summary>
    public IReadOnlyList<string> DockerRunArguments()
    {
        var words = new List<string>();
        if (AllGpus) words.AddRange(["--gpus", "all"]);
        foreach (var device in Devices) words.AddRange(["--device", device]);
        foreach (var group in GroupAdd) words.AddRange(["--group-add", group]);
        return words;
    }

    /// <inheritdoc />
    public bool Equals(DeviceOptions? other) =>
        other is not null && AllGpus == other.AllGpus && Devices.SequenceEqual(other.Devices, StringComparer.Ordinal)
        && GroupAdd.SequenceEqual(other.GroupAdd, StringComparer.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(AllGpus, string.Join("\n", Devices), string.Join("\n", GroupAdd));
}
