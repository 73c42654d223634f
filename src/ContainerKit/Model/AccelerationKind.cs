namespace ContainerKit.Model;

/// <summary>What kind of accelerator an <see cref="Acceleration"/> is; decides its default <see cref="DeviceOptions"/>.</summary>
public enum AccelerationKind
{
    /// <summary>No accelerator: no device options.</summary>
    Cpu,
    /// <summary>NVIDIA GPUs through CUDA: a request for all GPUs.</summary>
    Cuda,
    /// <summary>AMD GPUs through ROCm: the devices <c>/dev/kfd</c> and <c>/dev/dri</c> and the groups video and render.</summary>
    Rocm,
    /// <summary>An accelerator of the definition's own, with the device options it declares.</summary>
    Custom,
}
