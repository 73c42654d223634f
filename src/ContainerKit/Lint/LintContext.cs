using ContainerKit.Dockerfiles;

namespace ContainerKit.Lint;

/// <summary>The parsed Dockerfile being linted, with the views the checks share.</summary>
internal sealed record LintContext(DockerfileDocument Document, DockerfileKind Kind)
{
    /// <summary>Instructions with the given keyword.</summary>
    public IEnumerable<DockerfileInstruction> All(string keyword) =>
        Document.Instructions.Where(i => i.Keyword == keyword);

    /// <summary>Every RUN with its shell script (JSON form joined with spaces) and simple commands.</summary>
    public IEnumerable<RunScript> Runs() =>
        All("RUN").Select(run =>
        {
            var script = run.JsonArguments is { } json ? string.Join(' ', json) : run.Arguments;
            return new RunScript(run, script, ShellCommands.Split(script));
        });
}
