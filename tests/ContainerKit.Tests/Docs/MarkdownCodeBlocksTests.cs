namespace ContainerKit.Tests.Docs;

/// <summary>The extractor and the compilation behind <see cref="DocsSnippetTests"/>, on Markdown written here (a broken block must fail).</summary>
public sealed class MarkdownCodeBlocksTests
{
    private const string Page = """
        # A page

        ```bash
        ./build.sh Render
        ```

        ```csharp
        using ContainerKit.Definitions;

        namespace Docs;

        public sealed class Broken : FromPythonEnvironment
        {
            public override Project Project => new("p");
            public override BaseImage Base(ContainerKit.Model.MatrixEntry entry) => BaseImage.Parse("debian:bookworm-slim");
            public override AptPackages RuntimeApts => ["git"];
        }
        ```
        """;

    [Fact]
    public void Blocks_carry_their_file_fence_line_language_and_text()
    {
        var blocks = MarkdownCodeBlocks.Read("docs/page.md", Page);

        Assert.Equal([("bash", 3), ("csharp", 7)], blocks.Select(b => (b.Language, b.Line)));
        Assert.Equal("./build.sh Render\n", blocks[0].Text);
        Assert.StartsWith("using ContainerKit.Definitions;\n", blocks[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_block_that_does_not_compile_fails_naming_the_file_the_line_and_the_compiler_error()
    {
        var block = MarkdownCodeBlocks.Read("docs/page.md", Page)[1];

        var failure = DocsSnippets.Failure(block);

        Assert.NotNull(failure);
        Assert.Contains("the C# block at docs/page.md:7 does not compile", failure, StringComparison.Ordinal);
        // The override sits on line 16 of the page; the host's hint names the member meant.
        Assert.Contains("docs/page.md:16:", failure, StringComparison.Ordinal);
        Assert.Contains("CS0115", failure, StringComparison.Ordinal);
        Assert.Contains("RuntimeApt", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_block_fixed_compiles()
    {
        var fixedPage = Page.Replace("RuntimeApts", "RuntimeApt", StringComparison.Ordinal);

        Assert.Null(DocsSnippets.Failure(MarkdownCodeBlocks.Read("docs/page.md", fixedPage)[1]));
    }

    [Fact]
    public void A_block_with_a_silent_per_entry_override_fails_with_the_analyzer_s_CK1090()
    {
        var silentPage = Page.Replace("public override AptPackages RuntimeApts => [\"git\"];",
            "public override AptPackages RuntimeApt => [\"git\"];\npublic override AptPackages RuntimeAptFor(ContainerKit.Model.MatrixEntry entry) => [\"curl\"];", StringComparison.Ordinal);

        var failure = DocsSnippets.Failure(MarkdownCodeBlocks.Read("docs/page.md", silentPage)[1]);

        Assert.NotNull(failure);
        Assert.Contains("error CK1090 at docs/page.md:17:", failure, StringComparison.Ordinal);
        Assert.Contains("Broken overrides both RuntimeApt and RuntimeAptFor(MatrixEntry)", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_fence_is_an_error_naming_its_line()
    {
        var error = Assert.Throws<FormatException>(() => MarkdownCodeBlocks.Read("docs/page.md", "text\n```csharp\nclass A {}\n"));

        Assert.Equal("docs/page.md:2: the code block is never closed", error.Message);
    }
}
