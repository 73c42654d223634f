using ContainerKit.Dockerfiles;

namespace ContainerKit.Scripting.Import;

/// <summary>
/// The template's own folders in its images: every path its Dockerfile writes (<c>COPY</c>/<c>ADD</c> destinations,
/// <c>mkdir</c> operands), and the variables used to name them (directly, or through an <c>ARG</c>/<c>ENV</c> that
/// refers to them). A ContainerKit image has none of them, so values pointing there are not carried.
/// </summary>
internal sealed class TemplatePaths
{
    private readonly List<string> _paths = [];
    private readonly HashSet<string> _namingVariables = new(StringComparer.Ordinal);

    /// <summary>Collects the paths <paramref name="dockerfile"/> writes.</summary>
    public TemplatePaths(DockerfileDocument dockerfile, DockerfileVariables variables, ContextFileResolver resolver)
    {
        var rawNames = new List<string>();
        foreach (var instruction in dockerfile.Instructions)
        {
            if (instruction.Keyword is "COPY" or "ADD")
            {
                _paths.AddRange(resolver.Copies(instruction).Select(c => Normalize(c.Destination)));
                var words = instruction.JsonArguments ?? instruction.Arguments.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                if (words.Count > 0) rawNames.Add(words[^1]);
            }
            else if (instruction.Keyword == "RUN")
            {
                _paths.AddRange(RunInstalls.Commands(instruction, variables).SelectMany(MkdirOperands).Select(Normalize));
                rawNames.AddRange(MkdirOperandsAsWritten(instruction));
            }
        }

        _paths.RemoveAll(p => p.Length <= 1 || !p.StartsWith('/'));
        var definitions = dockerfile.Instructions.Where(i => i.Keyword is "ARG" or "ENV").SelectMany(i => EnvInstruction.Pairs(i.Arguments)).ToList();
        var pending = new Queue<string>(rawNames.SelectMany(DockerfileVariables.References));
        while (pending.TryDequeue(out var name))
        {
            if (!_namingVariables.Add(name)) continue;
            foreach (var (_, value) in definitions.Where(d => d.Name == name)) foreach (var reference in DockerfileVariables.References(value ?? "")) pending.Enqueue(reference);
        }
    }

    /// <summary>
    /// The template path <paramref name="value"/> (or one of its <c>:</c>-separated parts) is, or lies under; or, when the
    /// variable <paramref name="name"/> is used to name template paths, the value itself. Null when it points elsewhere.
    /// </summary>
    public string? Owner(string name, string value)
    {
        foreach (var part in value.Split(':', StringSplitOptions.RemoveEmptyEntries).Select(Normalize))
        {
            if (_paths.FirstOrDefault(p => part == p || part.StartsWith(p + "/", StringComparison.Ordinal)) is { } owner) return owner;
        }

        return _namingVariables.Contains(name) && value.StartsWith('/') ? Normalize(value) : null;
    }

    private static IEnumerable<string> MkdirOperands(IReadOnlyList<string> command) =>
        CommandWords.Program(command[0]) != "mkdir" ? [] : Operands(command);

    private static IEnumerable<string> MkdirOperandsAsWritten(DockerfileInstruction run) =>
        Lint.ShellCommands.Split(run.Arguments).Where(c => c.Count > 0).SelectMany(MkdirOperands);

    /// <summary>The operands of a command such as <c>mkdir -p -m 777 DIR</c> (options and their values skipped).</summary>
    public static IEnumerable<string> Operands(IReadOnlyList<string> command)
    {
        for (var i = 1; i < command.Count; i++)
        {
            if (command[i] is "-m" or "--mode" or "--context") i++;
            else if (!command[i].StartsWith('-')) yield return command[i];
        }
    }

    private static string Normalize(string path) => path.Length > 1 ? path.TrimEnd('/') : path;
}
