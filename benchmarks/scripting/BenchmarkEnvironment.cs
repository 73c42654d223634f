namespace ContainerKit.Benchmarks.Scripting;

/// <summary>The definition base type the benchmark script derives from.</summary>
public abstract class BenchmarkEnvironment
{
    public abstract string Name { get; }

    public abstract IReadOnlyList<string> Apt { get; }
}
