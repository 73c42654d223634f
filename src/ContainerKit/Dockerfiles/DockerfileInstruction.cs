namespace ContainerKit.Dockerfiles;

/// <summary>One instruction of a Dockerfile, continuation lines joined and comment lines dropped.</summary>
/// <param name="Keyword">The instruction in upper case (<c>RUN</c>).</param>
/// <param name="Line">1-based line the instruction starts on.</param>
/// <param name="Flags">Leading <c>--name=value</c> flags (FROM, RUN, COPY, ADD).</param>
/// <param name="Arguments">Everything after the keyword and flags, trimmed.</param>
/// <param name="JsonArguments">The array when the arguments are in JSON (exec) form, otherwise null.</param>
/// <param name="StageIndex">Index of the stage it belongs to; -1 before the first FROM.</param>
public sealed record DockerfileInstruction(
    string Keyword,
    int Line,
    IReadOnlyList<DockerfileFlag> Flags,
    string Arguments,
    IReadOnlyList<string>? JsonArguments,
    int StageIndex)
{
    /// <summary>True when the arguments are a JSON array (exec form).</summary>
    public bool IsJsonForm => JsonArguments is not null;

    /// <summary>The decoded <c>--mount</c> flags (RUN).</summary>
    public IReadOnlyList<DockerfileMount> Mounts =>
        [.. Flags.Where(f => f.Name.Equals("mount", StringComparison.OrdinalIgnoreCase)).Select(DockerfileMount.FromFlag)];

    /// <summary>The value of the first flag called <paramref name="name"/>, or null.</summary>
    public string? Flag(string name) =>
        Flags.FirstOrDefault(f => f.Name.Equals(name, StringComparison.OrdinalIgnoreCase))?.Value;
}
