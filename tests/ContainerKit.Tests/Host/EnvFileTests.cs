using ContainerKit.Diagnostics;
using ContainerKit.Docker.Workspace;
using ContainerKit.Targets;
using ContainerKit.Tests.Scripting;

namespace ContainerKit.Tests.Host;

/// <summary>The .env reader (usual .env syntax: quotes, export, comments) and writer.</summary>
public sealed class EnvFileTests
{
    [Fact]
    public void Quotes_are_removed_single_quotes_keep_the_text_literally()
    {
        using var root = new TempFolder();
        var path = root.Write(".env", "A=\"two words\"\nB='it has $HOME and # inside'\nC=\"line\\nbreak\"\nD=plain\n");

        Assert.Equal(["A=two words", "B=it has $HOME and # inside", "C=line\nbreak", "D=plain"], EnvFile.Read(path));
    }

    [Fact]
    public void Export_prefixes_comments_and_blank_lines_are_read_past()
    {
        using var root = new TempFolder();
        var path = root.Write(".env", "# a comment\n\nexport WANDB_API_KEY=abc\n   # indented comment\nPROJECT_ROOT_AT=/project # trailing comment\n");

        Assert.Equal(
            [new("WANDB_API_KEY", "abc"), new KeyValuePair<string, string>("PROJECT_ROOT_AT", "/project")],
            EnvFile.ReadVariables(path));
    }

    [Fact]
    public void Unquoted_and_double_quoted_values_expand_variables_of_the_environment_single_quoted_ones_do_not()
    {
        using var root = new TempFolder();
        var key = "CK_ENVFILE_USER_" + Guid.NewGuid().ToString("N");
        var path = root.Write(".env", $"A=lab/${{{key}}}/proj\nB=\"${key}\"\nC='${key}'\n");
        Environment.SetEnvironmentVariable(key, "alice");
        try
        {
            Assert.Equal(["A=lab/alice/proj", "B=alice", $"C=${key}"], EnvFile.Read(path));
        }
        finally
        {
            Environment.SetEnvironmentVariable(key, null);
        }
    }

    [Fact]
    public void Reading_leaves_the_process_environment_alone()
    {
        using var root = new TempFolder();
        var key = "CK_ENVFILE_TEST_" + Guid.NewGuid().ToString("N");
        var path = root.Write(".env", $"{key}=set\n");

        Assert.Equal([$"{key}=set"], EnvFile.Read(path));
        Assert.Null(Environment.GetEnvironmentVariable(key));
    }

    [Fact]
    public void A_missing_file_has_no_variables()
    {
        using var root = new TempFolder();

        Assert.Empty(EnvFile.Read(Path.Combine(root.Path, ".env")));
    }

    [Theory]
    [InlineData("USR=\"unterminated\n", 2)]
    [InlineData("just words\n", 1)]
    public void A_line_outside_the_syntax_is_a_diagnostic_naming_the_file_and_line(string text, int line)
    {
        using var root = new TempFolder();
        var path = root.Write(".env", text);

        var diagnostic = Assert.Single(Assert.Throws<DiagnosticException>(() => EnvFile.Read(path)).Diagnostics);

        Assert.Equal(("CK1006", path), (diagnostic.Id, diagnostic.Location));
        Assert.Contains($"line {line},", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_written_file_reads_back_as_the_identity_and_project_folder()
    {
        using var root = new TempFolder();
        var user = new HostIdentity("alice", 4242, "lab", 4343);
        var path = root.Write(".env", EnvFile.Render(user, "/home/alice/project"));

        Assert.StartsWith("# Written by ./build.sh Env", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Equal(["USR=alice", "USRID=4242", "GRP=lab", "GRPID=4343", "LOCAL_PROJECT_DIR=/home/alice/project"], EnvFile.Read(path));
        Assert.Equal(user, EnvFile.ReadIdentity(path, new HostIdentity("root", 0, "root", 0)));
    }

    [Fact]
    public void Quoted_and_exported_identity_values_are_read()
    {
        using var root = new TempFolder();
        var path = root.Write(".env", "export USR='bob'\nUSRID=\"1001\" # mine\nGRP=\"staff\"\nexport GRPID=100\n");

        Assert.Equal(new HostIdentity("bob", 1001, "staff", 100), EnvFile.ReadIdentity(path, new HostIdentity("root", 0, "root", 0)));
    }
}
