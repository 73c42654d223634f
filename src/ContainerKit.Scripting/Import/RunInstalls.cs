using ContainerKit.Dockerfiles;
using ContainerKit.Lint;

namespace ContainerKit.Scripting.Import;

/// <summary>The install commands of one RUN instruction (apt, pip, conda), in order.</summary>
internal static class RunInstalls
{
    /// <summary>Every install <paramref name="run"/> performs; empty when it does something else.</summary>
    public static IReadOnlyList<InstallStep> Read(DockerfileInstruction run)
    {
        var commands = ShellCommands.Split(Script(run)).Select(ShellCommands.WithoutSudo).Where(c => c.Count > 0).ToList();
        var steps = new List<InstallStep>();
        for (var i = 0; i < commands.Count; i++)
        {
            if ((AptInstallReader.Read(commands, i, run) ?? PythonInstallReader.Read(commands, commands[i], run)) is { } step) steps.Add(step);
        }

        return steps;
    }

    /// <summary>The shell script of a RUN: the shell form as written, or the script of <c>["sh", "-c", "..."]</c>.</summary>
    private static string Script(DockerfileInstruction run) => run.JsonArguments switch
    {
        [.., "-c", var script] => script,
        { } words => string.Join(' ', words),
        null => run.Arguments,
    };
}
