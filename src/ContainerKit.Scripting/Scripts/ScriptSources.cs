using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace ContainerKit.Scripting.Scripts;

/// <summary>
/// A script and every file it pulls in with <c>#load</c>, read without Roslyn so that a cache
/// lookup never has to start the compiler.
/// </summary>
internal sealed partial class ScriptSources
{
    private ScriptSources(string mainPath, IReadOnlyList<(string Path, string Text)> files)
    {
        MainPath = mainPath;
        Files = files;
    }

    /// <summary>Full path of the main script.</summary>
    public string MainPath { get; }

    /// <summary>The main script first, then loaded files in discovery order.</summary>
    public IReadOnlyList<(string Path, string Text)> Files { get; }

    /// <summary>Text of the main script.</summary>
    public string MainText => Files[0].Text;

    /// <summary>Reads <paramref name="path"/> and, transitively, the files its <c>#load</c> directives name.</summary>
    public static ScriptSources Read(string path)
    {
        var mainPath = Path.GetFullPath(path);
        var files = new List<(string, string)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<(string Path, string Referrer)>();
        pending.Enqueue((mainPath, mainPath));
        while (pending.Count > 0)
        {
            var (file, referrer) = pending.Dequeue();
            if (!seen.Add(file))
            {
                continue;
            }

            if (!File.Exists(file))
            {
                throw new ContainerKit.Diagnostics.DiagnosticException(new ContainerKit.Diagnostics.Diagnostic(
                    ScriptingDiagnosticIds.FileNotFound, ContainerKit.Diagnostics.DiagnosticSeverity.Error,
                    referrer, "script file not found", file, "check the path (a #load path is relative to the loading script)"));
            }

            var text = File.ReadAllText(file);
            files.Add((file, text));
            foreach (Match match in LoadDirective().Matches(text))
            {
                pending.Enqueue((Path.GetFullPath(match.Groups[1].Value, Path.GetDirectoryName(file)!), file));
            }
        }

        return new ScriptSources(mainPath, files);
    }

    /// <summary>A hash of every file's path and text plus <paramref name="salt"/> (tool versions).</summary>
    public string Hash(string salt)
    {
        var builder = new StringBuilder(salt).Append('\0');
        foreach (var (path, text) in Files)
        {
            builder.Append(path).Append('\0').Append(text).Append('\0');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())))[..32];
    }

    // A superset of what the compiler accepts is fine here: it only decides what goes into the hash.
    [GeneratedRegex("""^\s*#load\s+"([^"]+)"\s*$""", RegexOptions.Multiline)]
    private static partial Regex LoadDirective();
}
