using ContainerKit.Docker.Building;
using ContainerKit.Tests.Scripting;

namespace ContainerKit.Tests.Engine;

/// <summary>.dockerignore rules as the docker CLI applies them.</summary>
public sealed class DockerIgnoreTests
{
    [Theory]
    [InlineData("*.log", "build.log", true)]
    [InlineData("*.log", "logs/build.log", false)] // '*' stays within one segment
    [InlineData("**/*.log", "logs/deep/build.log", true)]
    [InlineData("**/*.log", "build.log", true)]
    [InlineData("logs/**", "logs/a/b.txt", true)]
    [InlineData("secret", "secret/key.pem", true)] // a folder rule covers everything below it
    [InlineData("secret", "secrets", false)]
    [InlineData("./render.json", "render.json", true)]
    [InlineData("cache/", "cache/x", true)]
    [InlineData("file?.txt", "file1.txt", true)]
    [InlineData("file?.txt", "file/.txt", false)]
    [InlineData("file[0-9].txt", "file7.txt", true)]
    [InlineData("file[!0-9].txt", "file7.txt", false)]
    [InlineData("file[!0-9].txt", "filex.txt", true)]
    [InlineData("a.b", "aXb", false)] // '.' is literal
    [InlineData("# a comment", "# a comment", false)]
    public void A_single_rule(string rule, string path, bool excluded) =>
        Assert.Equal(excluded, DockerIgnore.Parse(rule).IsExcluded(path));

    [Fact]
    public void The_last_matching_rule_wins_and_exceptions_re_include()
    {
        var ignore = DockerIgnore.Parse("# comment\n\n*.txt\n!keep*.txt\nkeep-not.txt\r\n");

        Assert.True(ignore.IsExcluded("notes.txt"));
        Assert.False(ignore.IsExcluded("keep-me.txt"));
        Assert.True(ignore.IsExcluded("keep-not.txt"));
        Assert.False(ignore.IsExcluded("Dockerfile"));
    }

    [Fact]
    public void No_file_and_no_rules_exclude_nothing()
    {
        using var folder = new TempFolder();

        Assert.False(DockerIgnore.Load(folder.Path).IsExcluded("anything/at/all"));
        Assert.False(DockerIgnore.None.IsExcluded("x"));
        Assert.False(DockerIgnore.Parse("\n# only a comment\n!\n/\n").IsExcluded("x"));
    }

    [Fact]
    public void Load_reads_the_folders_dockerignore()
    {
        using var folder = new TempFolder();
        folder.Write(".dockerignore", "render.json\n");

        var ignore = DockerIgnore.Load(folder.Path);

        Assert.True(ignore.IsExcluded("render.json"));
        Assert.False(ignore.IsExcluded("Dockerfile"));
    }
}
