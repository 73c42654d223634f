using ContainerKit.Model;

namespace ContainerKit.Definitions;

/// <summary>
/// The platform x acceleration matrix of an environment:
/// <c>Matrix.Platforms(Platform.Amd64, Platform.Arm64).Accelerations(Acceleration.Cuda, Acceleration.Cpu).Except(new(Platform.Arm64, Acceleration.Cuda))</c>.
/// </summary>
public sealed record Matrix
{
    private Matrix(IReadOnlyList<Platform> platforms, IReadOnlyList<Acceleration> accelerations, IReadOnlyList<MatrixEntry> excluded, IReadOnlyList<MatrixEntry> included)
    {
        PlatformList = platforms;
        AccelerationList = accelerations;
        Excluded = excluded;
        Included = included;
    }

    /// <summary>The platforms crossed with the accelerations.</summary>
    public IReadOnlyList<Platform> PlatformList { get; }

    /// <summary>The accelerations crossed with the platforms.</summary>
    public IReadOnlyList<Acceleration> AccelerationList { get; }

    /// <summary>Entries removed from the cross product.</summary>
    public IReadOnlyList<MatrixEntry> Excluded { get; }

    /// <summary>Entries added to the cross product.</summary>
    public IReadOnlyList<MatrixEntry> Included { get; }

    /// <summary>Starts a matrix for <paramref name="platforms"/> (acceleration cpu until <see cref="Accelerations"/>).</summary>
    public static Matrix Platforms(params Platform[] platforms) => new(platforms, [Acceleration.Cpu], [], []);

    /// <summary>A matrix of exactly the given entries.</summary>
    public static Matrix Entries(params MatrixEntry[] entries) => new([], [], [], entries);

    /// <summary>Sets the accelerations crossed with the platforms.</summary>
    public Matrix Accelerations(params Acceleration[] accelerations) => new(PlatformList, accelerations, Excluded, Included);

    /// <summary>Removes entries from the cross product.</summary>
    public Matrix Except(params MatrixEntry[] entries) => new(PlatformList, AccelerationList, [.. Excluded, .. entries], Included);

    /// <summary>Adds entries to the cross product.</summary>
    public Matrix With(params MatrixEntry[] entries) => new(PlatformList, AccelerationList, Excluded, [.. Included, .. entries]);

    /// <summary>The entries, in declaration order, without duplicates.</summary>
    public IReadOnlyList<MatrixEntry> Expand() =>
        PlatformList.SelectMany(p => AccelerationList.Select(a => new MatrixEntry(p, a)))
            .Concat(Included)
            .Where(e => !Excluded.Contains(e))
            .Distinct()
            .ToList();
}
