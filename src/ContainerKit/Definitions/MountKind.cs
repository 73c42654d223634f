using System.Text.Json.Serialization;

namespace ContainerKit.Definitions;

/// <summary>What a <see cref="Mount"/> holds; decides whether containers may write to it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MountKind>))]
public enum MountKind
{
    /// <summary>Input data, mounted read-only.</summary>
    Dataset,
    /// <summary>Results or scratch space, mounted writable.</summary>
    Output,
    /// <summary>A cache that outlives containers (e.g. the Hugging Face cache), mounted writable.</summary>
    Cache,
}
