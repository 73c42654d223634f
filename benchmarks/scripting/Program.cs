// Measures loading a *.env.csx definition cold (empty cache: Roslyn compiles and emits) against
// cached (the compiled dll is loaded directly). Usage: dotnet run -c Release -- [iterations]
using System.Diagnostics;
using ContainerKit.Benchmarks.Scripting;
using ContainerKit.Scripting.Scripts;

var iterations = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 15;
var root = Path.Combine(Path.GetTempPath(), "ck-script-bench-" + Environment.ProcessId);
var cache = Path.Combine(root, "cache");
Directory.CreateDirectory(root);
var script = Path.Combine(root, "project.env.csx");
File.WriteAllText(script, """
    sealed class Project : BenchmarkEnvironment
    {
        public override string Name => "project";
        public override IReadOnlyList<string> Apt => ["build-essential", "git", "ffmpeg", "htop", "vim"];
    }
    """);

double Time(Action action)
{
    var watch = Stopwatch.StartNew();
    action();
    return watch.Elapsed.TotalMilliseconds;
}

ScriptDefinitionLoader<BenchmarkEnvironment> NewLoader() => new(new ScriptLoaderOptions(cache));

var firstCold = Time(() => NewLoader().Load(script));
var cold = new List<double>();
var cached = new List<double>();
for (var i = 0; i < iterations; i++)
{
    Directory.Delete(cache, recursive: true);
    cold.Add(Time(() => NewLoader().Load(script)));
    cached.Add(Time(() => NewLoader().Load(script)));
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

Console.WriteLine($"iterations: {iterations}");
Console.WriteLine($"first cold load (includes JIT of Roslyn): {firstCold:F1} ms");
Console.WriteLine($"cold load median (empty cache, warm process): {Median(cold):F1} ms");
Console.WriteLine($"cached load median: {Median(cached):F2} ms");
Console.WriteLine($"ratio cold/cached: {Median(cold) / Median(cached):F0}x");
Directory.Delete(root, recursive: true);
