using System.Collections;
using System.Reflection;
using ContainerKit.Diagnostics;
using ContainerKit.Scripting.Compilation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace ContainerKit.Scripting.Scripts;

/// <summary>
/// Loads environment definitions of type <typeparamref name="T"/> from <c>*.env.csx</c> scripts.
/// A script either ends with an expression yielding a <typeparamref name="T"/> (or a sequence of
/// them) or declares non-abstract classes deriving from <typeparamref name="T"/>, which are
/// instantiated. Compiled scripts are cached on disk by content hash; a cache hit never runs
/// the compiler.
/// </summary>
/// <typeparam name="T">The definition base type, e.g. <c>EnvironmentDefinition</c>.</typeparam>
public sealed class ScriptDefinitionLoader<T>
    where T : class
{
    private static readonly string[] FrameworkImports =
        ["System", "System.IO", "System.Linq", "System.Collections.Generic", "System.Threading.Tasks"];

    private readonly ScriptLoaderOptions _options;
    private readonly Assembly[] _assemblies;
    private readonly string _salt;
    private int _compilations;

    /// <summary>Creates a loader that caches under <see cref="ScriptLoaderOptions.CacheDirectory"/>.</summary>
    public ScriptDefinitionLoader(ScriptLoaderOptions options)
    {
        _options = options;
        _assemblies = new[] { typeof(T).Assembly }.Concat(options.AdditionalReferences).Distinct().ToArray();
        // Anything that changes the compiled bytes or their meaning belongs in the hash.
        _salt = CompilationSalt.Of(_assemblies, typeof(T), options.AdditionalImports.Prepend("script"));
    }

    /// <summary>How many times this loader ran the compiler (cache misses).</summary>
    public int CompilationCount => _compilations;

    /// <summary>Loads the definitions of the script at <paramref name="path"/>.</summary>
    /// <exception cref="DiagnosticException">Compile errors (located <c>file:line:column</c>), a missing file, or a script without definitions.</exception>
    public IReadOnlyList<T> Load(string path)
    {
        var sources = ScriptSources.Read(path);
        var cached = Path.Combine(_options.CacheDirectory, sources.Hash(_salt) + ".dll");
        if (!File.Exists(cached))
        {
            Compile(sources, cached);
        }

        return Run(sources.MainPath, File.ReadAllBytes(cached));
    }

    private void Compile(ScriptSources sources, string target)
    {
        Interlocked.Increment(ref _compilations);
        var scriptDirectory = Path.GetDirectoryName(sources.MainPath)!;
        var options = ScriptOptions.Default
            .WithFilePath(sources.MainPath)
            .WithFileEncoding(System.Text.Encoding.UTF8)
            .WithReferences(new ReferenceSet(_assemblies.Select(a => a.Location)).References)
            .WithImports(FrameworkImports.Concat(ContainerKitNamespaces()).Concat(_options.AdditionalImports).Distinct())
            .WithSourceResolver(new SourceFileResolver([], scriptDirectory))
            .WithEmitDebugInformation(false)
            .WithOptimizationLevel(OptimizationLevel.Release);
        var compilation = CSharpScript.Create<object>(sources.MainText, options).GetCompilation();
        CompilerDiagnostics.ThrowOnErrors(compilation.GetDiagnostics(), compilation);
        CompilerDiagnostics.ThrowOnErrors(DefinitionAnalyzers.Run(compilation));

        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        CompilerDiagnostics.ThrowOnErrors(result.Diagnostics);
        AtomicFile.WriteAllBytes(target, image.ToArray());
    }

    private IEnumerable<string> ContainerKitNamespaces() =>
        _assemblies.SelectMany(a => a.GetExportedTypes())
            .Select(t => t.Namespace)
            .OfType<string>()
            .Distinct()
            .Order(StringComparer.Ordinal);

    private static IReadOnlyList<T> Run(string scriptPath, byte[] image)
    {
        var assembly = DefinitionLoadContext.LoadImage(image);
        var submission = assembly.GetType("Submission#0")
            ?? throw new InvalidOperationException("compiled script has no submission type");
        var factory = submission.GetMethod("<Factory>", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            ?? throw new InvalidOperationException("compiled script has no factory method");

        object? value;
        try
        {
            // Slot 0 holds the globals object (none), slot 1 this submission's state.
            value = ((Task<object>)factory.Invoke(null, [new object?[2]])!).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is TargetInvocationException or AggregateException)
        {
            var inner = e.InnerException ?? e;
            throw Failure(ScriptingDiagnosticIds.ScriptFailed, scriptPath, $"the script threw {inner.GetType().Name}: {inner.Message}", null);
        }
        catch (Exception e) when (e is not DiagnosticException)
        {
            throw Failure(ScriptingDiagnosticIds.ScriptFailed, scriptPath, $"the script threw {e.GetType().Name}: {e.Message}", null);
        }

        var definitions = FromValue(value) ?? DeclaredDefinitions.Instantiate<T>(assembly, byName: false);
        return definitions.Count > 0
            ? definitions
            : throw Failure(ScriptingDiagnosticIds.NoEnvironment, scriptPath,
                $"the script defines no {typeof(T).Name}",
                $"end the script with an expression of type {typeof(T).Name} (or an array of them), or declare a class deriving from {typeof(T).Name}");
    }

    private static List<T>? FromValue(object? value) => value switch
    {
        T single => [single],
        IEnumerable many when many is not string => many.OfType<T>().ToList(),
        _ => null,
    };

    private static DiagnosticException Failure(string id, string scriptPath, string message, string? hint) =>
        new(new ContainerKit.Diagnostics.Diagnostic(id, ContainerKit.Diagnostics.DiagnosticSeverity.Error, scriptPath, message, null, hint));
}
