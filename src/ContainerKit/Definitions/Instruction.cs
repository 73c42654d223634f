namespace ContainerKit.Definitions;

/// <summary>
/// A raw Dockerfile instruction for the escape hatch (custom stages, extra runtime/dev instructions). The
/// validation pass checks the keyword, newlines and stage references of <c>COPY --from</c>.
/// </summary>
/// <param name="Keyword">Upper-case instruction keyword, e.g. <c>RUN</c>.</param>
/// <param name="Arguments">Everything after the keyword, on one line.</param>
/// <param name="FromStage">For COPY: the stage (or image) copied from, else null.</param>
public sealed record Instruction(string Keyword, string Arguments, string? FromStage = null)
{
    /// <summary><c>RUN command</c>; the command is the author's own shell code.</summary>
    public static Instruction Run(string command) => new("RUN", command);

    /// <summary>
    /// <c>ENV NAME="value"</c>, quoted and checked exactly as <see cref="EnvironmentDefinition.EnvironmentVariables"/>: the value
    /// is literal (backslashes, quotes and <c>$</c> escaped), the name is checked (CK1006), a line break in the value is CK1011.
    /// </summary>
    public static Instruction Env(string name, string value) =>
        new("ENV", Rendering.DockerfileQuoting.EnvPair(name ?? "", value ?? "")) { Literals = [name ?? "", value ?? ""] };

    /// <summary><c>COPY [--from=stage] source destination</c>; both paths are taken as written (CK1011 refuses what Docker would split or expand).</summary>
    public static Instruction Copy(string source, string destination, string? fromStage = null) =>
        new("COPY", $"{source} {destination}", fromStage) { Literals = [source ?? "", destination ?? ""] };

    /// <summary><c>WORKDIR path</c>; the path is taken as written (CK1011 refuses what Docker would expand).</summary>
    public static Instruction Workdir(string path) => new("WORKDIR", path) { Literals = [path ?? ""] };

    /// <summary>
    /// The values a typed helper puts on the line: <see cref="Env"/>'s name and value (checked as environment variables
    /// are), <see cref="Copy"/>'s paths and <see cref="Workdir"/>'s path (as they are: validation refuses any Docker would
    /// read as something else: whitespace, quotes, <c>$</c>, backslashes). Empty for <see cref="Run"/> and <see cref="Raw"/>,
    /// whose text is the author's own.
    /// </summary>
    public IReadOnlyList<string> Literals { get; init; } = [];

    /// <summary>Any instruction line such as <c>EXPOSE 8888</c>; the keyword is the first word.</summary>
    public static Instruction Raw(string line)
    {
        var text = line ?? "";
        var space = text.IndexOf(' ');
        return space < 0 ? new(text, "") : new(text[..space], text[(space + 1)..]);
    }

    /// <summary>The Dockerfile line.</summary>
    public string Render() =>
        FromStage is null ? $"{Keyword} {Arguments}".TrimEnd() : $"{Keyword} --from={FromStage} {Arguments}";
}
