namespace ContainerKit.Model;

/// <summary>The accelerator an image is built for.</summary>
public enum Acceleration
{
    /// <summary>No accelerator.</summary>
    Cpu,
    /// <summary>NVIDIA GPUs through CUDA.</summary>
    Cuda,
}
