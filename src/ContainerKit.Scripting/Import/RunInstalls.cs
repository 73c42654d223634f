using ContainerKit.Dockerfiles;
using ContainerKit.Lint;

namespace ContainerKit.Scripting.Import;

/// <summary>The install commands of one RUN instruction (apt, pip, conda), in order.</summary>
internal static class RunInstalls
{
    /// <summary>Every install <paramref name="run"/> performs; empty when it does something else.</summary>
    public static IReadOnlyList<InstallStep> Read(DockerfileInstruction run, DockerfileVariables variables)
    {
        var commands = Commands(run, variables);
        var steps = new List<InstallStep>();
        for (var i = 0; i < commands.Count; i++)
        {
            if ((AptInstallReader.Read(commands, i, run) ?? PythonInstallReader.Read(commands, commands[i], run)) is { } step) steps.Add(step);
        }

        return steps;
    }

    /// <summary>
    /// The simple commands of <paramref name="run"/> without <c>sudo</c>, each word with the build arguments and
    /// environment variables the RUN sees expanded (a word referring to an unknown name keeps it as written).
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> Commands(DockerfileInstruction run, DockerfileVariables variables)
    {
        var values = variables.At(run);
        return ShellCommands.Split(Script(run)).Select(ShellCommands.WithoutSudo).Where(c => c.Count > 0)
            .Select(c => (IReadOnlyList<string>)c.Select(w => DockerfileVariables.Expand(w, values, out _)).ToList()).ToList();
    }

    /// <summary>The shell script of a RUN: the shell form as written, or the script of <c>["sh", "-c", "..."]</c>.</summary>
    private static string Script(DockerfileInstruction run) => run.JsonArguments switch
    {
        [.., "-c", var script] => script,
        { } words => string.Join(' ', words),
        null => run.Arguments,
    };
}
