namespace ContainerKit.Tests.Docs;

/// <summary>Every <c>```csharp</c> block of <c>docs/*.md</c> is a complete C# file that compiles on its own, as the host compiles definitions.</summary>
public sealed class DocsSnippetTests
{
    public static TheoryData<string, int> Blocks()
    {
        var data = new TheoryData<string, int>();
        foreach (var block in DocsSnippets.CSharp()) data.Add(block.File, block.Line);
        return data;
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void The_block_compiles(string file, int line)
    {
        var block = DocsSnippets.CSharp().Single(b => b.File == file && b.Line == line);

        if (DocsSnippets.Failure(block) is { } failure) Assert.Fail(failure);
    }

    [Fact]
    public void Every_relative_markdown_link_of_the_guide_and_the_readme_names_a_file_that_exists()
    {
        var pages = Directory.EnumerateFiles(RepositoryFolder.Combine("docs"), "*.md").Append(RepositoryFolder.Combine("README.md"));
        var broken = pages.SelectMany(page => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(page), @"\]\((?!https?:)([^)#\s]+\.md)(#[^)]*)?\)")
                .Select(m => (Page: page, Link: m.Groups[1].Value)))
            .Where(l => !File.Exists(Path.Combine(Path.GetDirectoryName(l.Page)!, l.Link)))
            .Select(l => $"{Path.GetRelativePath(RepositoryFolder.Root, l.Page)}: {l.Link}");

        Assert.Empty(broken);
    }

    [Fact]
    public void Every_page_of_the_guide_is_linked_from_the_readme_and_csharp_blocks_use_the_compiled_fence()
    {
        var readme = File.ReadAllText(RepositoryFolder.Combine("README.md"));
        var pages = Directory.EnumerateFiles(RepositoryFolder.Combine("docs"), "*.md").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();

        Assert.NotEmpty(pages);
        Assert.All(pages, page => Assert.Contains($"(docs/{page})", readme, StringComparison.Ordinal));
        // A C# block under another fence name would escape the compilation.
        Assert.All(DocsSnippets.All(), block => Assert.DoesNotContain(block.Language, new[] { "cs", "c#", "C#", "csharpx" }));
    }
}
