using ContainerKit.Definitions;
using ContainerKit.Scripting.Compilation;
using ContainerKit.Tests.Scripting;

namespace ContainerKit.Tests.Docs;

/// <summary>
/// The C# blocks of <c>docs/*.md</c> and their compilation: each block on its own, through the host's own
/// definition compilation (<see cref="DefinitionCompilation"/>, the one behind <c>build/Environments</c>, analyzers included), against the
/// ContainerKit assemblies.
/// </summary>
internal static class DocsSnippets
{
    /// <summary>The fence language of compiled blocks.</summary>
    public const string Language = "csharp";

    private static readonly Lazy<HostCompiler> Compiler = new(() => new HostCompiler(
        [typeof(EnvironmentDefinition).Assembly, typeof(ContainerKit.Docker.Engine.IContainerEngine).Assembly,
         typeof(DefinitionCompilation).Assembly, typeof(ContainerKit.Targets.ContainerKitBuild).Assembly]));

    /// <summary>Every code block of every <c>docs/*.md</c> file, ordered by file and line.</summary>
    public static IReadOnlyList<CodeBlock> All() =>
        Directory.EnumerateFiles(RepositoryFolder.Combine("docs"), "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .SelectMany(path => MarkdownCodeBlocks.Read(Path.GetRelativePath(RepositoryFolder.Root, path).Replace('\\', '/'), File.ReadAllText(path)))
            .ToList();

    /// <summary>The C# blocks of the docs.</summary>
    public static IReadOnlyList<CodeBlock> CSharp() => All().Where(b => b.Language == Language).ToList();

    /// <summary>Compiles <paramref name="block"/> alone; null when it compiles, else a message naming the block and each error.</summary>
    public static string? Failure(CodeBlock block)
    {
        var errors = Compiler.Value.Check(new CompileSource(block.File, MarkdownCodeBlocks.WithLineDirective(block)));
        return errors.Count == 0
            ? null
            : $"the C# block at {block} does not compile on its own:\n" + string.Join('\n', errors.Select(e => "  " + e));
    }
}
