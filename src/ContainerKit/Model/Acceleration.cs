using ContainerKit.Definitions;

namespace ContainerKit.Model;

/// <summary>
/// The accelerator an image is built for: a <see cref="Name"/> (used in entry names, tags and <c>--acceleration</c>,
/// e.g. <c>cu124</c> in <c>amd64-cu124-run-latest-root</c>) and a <see cref="Kind"/> that decides the
/// <see cref="Devices"/> containers get. Values compare by name, kind and devices, so <c>entry.Acceleration == Acceleration.Cuda</c>
/// works as it did for the former enum. Derive from it to add your own validation (<see cref="Validate"/>).
/// </summary>
public class Acceleration : IEquatable<Acceleration>
{
    private readonly DeviceOptions _devices;
    private readonly Func<MatrixEntry, BaseImage, IEnumerable<string>>? _validate;

    /// <summary>An acceleration; <paramref name="devices"/> defaults to the kind's options (<see cref="DeviceOptions.ForKind"/>).</summary>
    /// <param name="name">Lower-case name, a tag part (checked as CK1050 when rendering).</param>
    /// <param name="kind">The kind.</param>
    /// <param name="devices">Device options; null uses the kind's.</param>
    /// <param name="validate">Optional check of an entry and its base image; every returned text is a CK1052 error.</param>
    protected Acceleration(string name, AccelerationKind kind, DeviceOptions? devices = null, Func<MatrixEntry, BaseImage, IEnumerable<string>>? validate = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        Kind = kind;
        _devices = devices ?? DeviceOptions.ForKind(kind);
        _validate = validate;
    }

    /// <summary>No accelerator (<c>cpu</c>).</summary>
    public static Acceleration Cpu { get; } = new("cpu", AccelerationKind.Cpu);

    /// <summary>NVIDIA GPUs through CUDA (<c>cuda</c>); containers request all GPUs.</summary>
    public static Acceleration Cuda { get; } = new("cuda", AccelerationKind.Cuda);

    /// <summary>AMD GPUs through ROCm (<c>rocm</c>); containers get <c>/dev/kfd</c>, <c>/dev/dri</c> and the video and render groups.</summary>
    public static Acceleration Rocm { get; } = new("rocm", AccelerationKind.Rocm);

    /// <summary>The built-in values: cpu, cuda, rocm.</summary>
    public static IReadOnlyList<Acceleration> BuiltIn { get; } = [Cpu, Cuda, Rocm];

    /// <summary>The built-in acceleration called <paramref name="name"/> (case-insensitive), or null.</summary>
    public static Acceleration? BuiltInNamed(string name) =>
        BuiltIn.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The name used in entry names, tags and <c>--acceleration</c>, e.g. <c>cuda</c> or <c>cu124</c>.</summary>
    public string Name { get; }

    /// <summary>The kind, which decides the default device options.</summary>
    public AccelerationKind Kind { get; }

    /// <summary>The device options every runner passes for this acceleration.</summary>
    public virtual DeviceOptions Devices => _devices;

    /// <summary>
    /// A CUDA variant with its own name, e.g. <c>Acceleration.CudaVariant("cu124")</c>: an acceleration of kind cuda
    /// (all GPUs) whose entries get their own folder, tags and, through the per-entry members, their own base and wheel index.
    /// </summary>
    public static Acceleration CudaVariant(string name) => new(name, AccelerationKind.Cuda);

    /// <summary>A ROCm variant with its own name, e.g. <c>Acceleration.RocmVariant("rocm61")</c>.</summary>
    public static Acceleration RocmVariant(string name) => new(name, AccelerationKind.Rocm);

    /// <summary>
    /// An acceleration of the definition's own: a name, the device options containers get, and an optional check of
    /// each entry and its base image (each returned text is a CK1052 error naming the acceleration).
    /// </summary>
    public static Acceleration Custom(string name, DeviceOptions devices, Func<MatrixEntry, BaseImage, IEnumerable<string>>? validate = null)
    {
        ArgumentNullException.ThrowIfNull(devices);
        return new(name, AccelerationKind.Custom, devices, validate);
    }

    /// <summary>Problems of <paramref name="entry"/> built on <paramref name="baseImage"/> for this acceleration; empty when fine.</summary>
    public virtual IEnumerable<string> Validate(MatrixEntry entry, BaseImage baseImage) =>
        _validate is null ? [] : _validate(entry, baseImage);

    /// <inheritdoc />
    public bool Equals(Acceleration? other) =>
        other is not null && Name == other.Name && Kind == other.Kind && Devices.Equals(other.Devices);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Acceleration);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Kind);

    /// <summary>Value equality.</summary>
    public static bool operator ==(Acceleration? left, Acceleration? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(Acceleration? left, Acceleration? right) => !(left == right);

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}
