using ContainerKit.Dockerfiles;

namespace ContainerKit.Tests.Dockerfiles;

public sealed class DockerfileParserTests
{
    [Fact]
    public void Directives_are_read_only_before_the_first_other_line()
    {
        var document = DockerfileParser.Parse("# syntax=docker/dockerfile:1.7\n# escape=`\n\n# syntax=ignored\nFROM a:1\n");

        Assert.Equal("docker/dockerfile:1.7", document.Directives["syntax"]);
        Assert.Equal('`', document.EscapeCharacter);
        Assert.Equal(2, document.Directives.Count);
    }

    [Fact]
    public void Continuations_join_lines_and_drop_comment_and_blank_lines_inside()
    {
        var document = DockerfileParser.Parse("FROM a:1\n# comment\nRUN apt-get update && \\\n    # inner comment\n\n    apt-get install -y git\r\nUSER bob\n");

        Assert.Collection(document.Instructions,
            i => Assert.Equal(("FROM", 1), (i.Keyword, i.Line)),
            i =>
            {
                Assert.Equal(("RUN", 3), (i.Keyword, i.Line));
                Assert.Equal("apt-get update &&     apt-get install -y git", i.Arguments);
            },
            i => Assert.Equal(("USER", 7, "bob"), (i.Keyword, i.Line, i.Arguments)));
    }

    [Fact]
    public void Escape_directive_changes_the_continuation_character()
    {
        var document = DockerfileParser.Parse("# escape=`\nFROM a:1\nRUN echo C:\\ `\n  done\n");

        Assert.Equal("echo C:\\   done", document.Instructions[1].Arguments);
    }

    [Fact]
    public void Json_and_shell_forms_are_distinguished()
    {
        var document = DockerfileParser.Parse("FROM a:1\nENTRYPOINT [\"/e.sh\", \"x y\"]\nCMD [not json\nSHELL [\"/bin/bash\", \"-c\"]\n");

        Assert.Equal(["/e.sh", "x y"], document.Instructions[1].JsonArguments!);
        Assert.False(document.Instructions[2].IsJsonForm);
        Assert.True(document.Instructions[3].IsJsonForm);
    }

    [Fact]
    public void Run_flags_and_mounts_are_decoded()
    {
        var run = DockerfileParser.Parse("FROM a:1\nrun --mount=type=cache,target=/var/cache/apt,sharing=locked --mount=type=secret,id=tok --network=host apt-get update\n").Instructions[1];

        Assert.Equal("RUN", run.Keyword);
        Assert.Equal("apt-get update", run.Arguments);
        Assert.Equal("host", run.Flag("network"));
        Assert.Collection(run.Mounts,
            m =>
            {
                Assert.Equal(("cache", "/var/cache/apt", "locked"), (m.Type, m.Target, m.Options["sharing"]));
                Assert.True(m.IsCacheCovering("/var/cache/apt/archives"));
                Assert.False(m.IsCacheCovering("/var/lib/apt"));
            },
            m => Assert.Equal(("secret", null, "tok"), (m.Type, m.Target, m.Options["id"])));
    }

    [Fact]
    public void Stages_carry_name_platform_base_and_their_instructions()
    {
        var document = DockerfileParser.Parse("ARG BASE=x:1\nFROM --platform=$BUILDPLATFORM ${BASE} AS build\nRUN make\nFROM build as runtime\nCOPY --from=build /a /b\n");

        Assert.Equal(-1, document.Instructions[0].StageIndex);
        Assert.Collection(document.Stages,
            s => Assert.Equal((0, "build", "${BASE}", "$BUILDPLATFORM", 2), (s.Index, s.Name, s.BaseImage, s.Platform, s.Line)),
            s => Assert.Equal((1, "runtime", "build", (string?)null, 4), (s.Index, s.Name, s.BaseImage, s.Platform, s.Line)));
        Assert.Equal(["FROM", "COPY"], document.InstructionsOf(document.Stages[1]).Select(i => i.Keyword));
        Assert.Equal("build", document.Instructions[^1].Flag("from"));
        Assert.Same(document.Stages[0], document.PreviousStage("BUILD", 1));
        Assert.Null(document.PreviousStage("runtime", 1));
    }

    [Fact]
    public void A_continuation_at_end_of_file_ends_the_instruction()
    {
        var document = DockerfileParser.Parse("FROM a:1\nRUN echo \\");

        Assert.Equal(("RUN", "echo"), (document.Instructions[1].Keyword, document.Instructions[1].Arguments));
    }
}
