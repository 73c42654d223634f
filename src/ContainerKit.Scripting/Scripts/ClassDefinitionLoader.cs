using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using ContainerKit.Scripting.Compilation;
using ContainerKit.Scripting.Server;

namespace ContainerKit.Scripting.Scripts;

/// <summary>
/// Loads definition classes of type <typeparamref name="T"/> from the <c>*.cs</c> files of definition
/// folders (by convention <c>build/Environments/</c>), compiled in process by Roslyn against the
/// already loaded ContainerKit assemblies instead of by MSBuild. All files of all folders form one
/// compilation; the assembly is cached on disk by a hash of the files' relative paths and texts and
/// of the references, so a cache hit reads the files, hashes them and never starts the compiler.
/// </summary>
/// <typeparam name="T">The definition base type, e.g. <c>EnvironmentDefinition</c>.</typeparam>
public sealed class ClassDefinitionLoader<T>
    where T : class
{
    private readonly ScriptLoaderOptions _options;
    private readonly Assembly[] _assemblies;
    private readonly string _salt;
    private readonly ServerConnection? _server;
    private int _compilations;

    /// <summary>Creates a loader that caches under <see cref="ScriptLoaderOptions.CacheDirectory"/>.</summary>
    public ClassDefinitionLoader(ScriptLoaderOptions options)
    {
        _options = options;
        _assemblies = new[] { typeof(T).Assembly }.Concat(options.AdditionalReferences).Distinct().ToArray();
        _salt = CompilationSalt.Of(_assemblies, typeof(T), options.AdditionalImports.Prepend("classes"));
        if (options.CompilerServer is { } server)
        {
            // One server per compiler setup: the socket name covers the salt, which covers the assemblies' versions.
            var socket = Path.Combine(options.CacheDirectory, $"compiler-{HashOf(_salt)[..12]}.sock");
            _server = new ServerConnection(server, socket, new CompilerServerClient(socket, TimeSpan.FromSeconds(60)));
        }
    }

    /// <summary>How many times this loader ran the compiler (cache misses).</summary>
    public int CompilationCount => _compilations;

    /// <summary>The socket of this loader's compiler server, when it uses one.</summary>
    public string? CompilerServerSocket => _server?.SocketPath;

    /// <summary>True when the last compilation was done by a warm <see cref="CompilerServer"/> rather than in this process.</summary>
    public bool LastCompiledByServer { get; private set; }

    /// <summary>
    /// The definitions declared in the <c>*.cs</c> files below <paramref name="folders"/> (missing folders
    /// are skipped; <c>bin/</c>, <c>obj/</c> and dot folders are left out): one instance of each concrete
    /// class deriving from <typeparamref name="T"/> with a parameterless constructor, ordered by full name.
    /// </summary>
    /// <exception cref="ContainerKit.Diagnostics.DiagnosticException">The compile errors (CK1101), each once, located <c>file:line:column</c>.</exception>
    public IReadOnlyList<T> Load(IEnumerable<string> folders)
    {
        var files = folders.Select(Path.GetFullPath).Where(Directory.Exists)
            .SelectMany(folder => CompilationGuard.SourceFiles(folder).Select(path => new SourceFile(folder, path, File.ReadAllText(path))))
            .ToList();
        if (files.Count == 0)
        {
            return [];
        }

        var hash = Hash(files);
        var cached = Path.Combine(_options.CacheDirectory, hash + ".dll");
        if (!File.Exists(cached))
        {
            Compile(files, hash, cached);
        }

        return DeclaredDefinitions.Instantiate<T>(DefinitionLoadContext.LoadImage(File.ReadAllBytes(cached)), byName: true);
    }

    private string Hash(IReadOnlyList<SourceFile> files)
    {
        var builder = new StringBuilder(_salt).Append('\0');
        foreach (var file in files)
        {
            builder.Append(file.Key).Append('\0').Append(file.Text).Append('\0');
        }

        return HashOf(builder.ToString())[..32];
    }

    private static string HashOf(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private sealed record ServerConnection(CompilerServerOptions Options, string SocketPath, CompilerServerClient Client);

    private void Compile(IReadOnlyList<SourceFile> files, string hash, string target)
    {
        Interlocked.Increment(ref _compilations);
        // Made here, not in the constructor: a cache hit needs no reference list.
        var references = new ReferenceSet(_assemblies.Select(a => a.Location));
        var request = new CompileRequest(
            "ContainerKit.Definitions." + hash,
            files.Select(f => new CompileSource(f.DisplayPath, f.Text)).ToList(),
            CompilationGuard.SdkImplicitUsings.Concat(_options.AdditionalImports).Distinct().ToList(),
            references.Paths);
        var served = _server?.Client.TryCompile(request);
        LastCompiledByServer = served is not null;
        AtomicFile.WriteAllBytes(target, served ?? DefinitionCompilation.Emit(request, references.References));
        if (served is null && _server is not null)
        {
            CompilerServerLauncher.Start(_server.Options.StartCommand, _server.SocketPath);
        }
    }

    /// <summary>A definition file: <see cref="Key"/> (folder name and relative path) goes into the hash, <see cref="DisplayPath"/> into diagnostics.</summary>
    private sealed record SourceFile(string Folder, string Path, string Text)
    {
        public string Key => System.IO.Path.GetRelativePath(System.IO.Path.GetDirectoryName(Folder) ?? Folder, Path).Replace('\\', '/');

        public string DisplayPath
        {
            get
            {
                var relative = System.IO.Path.GetRelativePath(Directory.GetCurrentDirectory(), Path);
                return relative.StartsWith("..", StringComparison.Ordinal) ? Path : relative;
            }
        }
    }
}
