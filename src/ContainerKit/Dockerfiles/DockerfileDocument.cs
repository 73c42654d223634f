namespace ContainerKit.Dockerfiles;

/// <summary>A parsed Dockerfile: parser directives, instructions in order and the stages they form.</summary>
/// <param name="Directives">Parser directives (<c># syntax=</c>, <c># escape=</c>), keys lower case.</param>
/// <param name="EscapeCharacter">The escape (line continuation) character: '\' unless <c># escape=`</c>.</param>
/// <param name="Instructions">Every instruction in file order.</param>
/// <param name="Stages">Every FROM, in order.</param>
public sealed record DockerfileDocument(
    IReadOnlyDictionary<string, string> Directives,
    char EscapeCharacter,
    IReadOnlyList<DockerfileInstruction> Instructions,
    IReadOnlyList<DockerfileStage> Stages)
{
    /// <summary>The instructions of a stage, its FROM included.</summary>
    public IEnumerable<DockerfileInstruction> InstructionsOf(DockerfileStage stage) =>
        Instructions.Where(i => i.StageIndex == stage.Index);

    /// <summary>The stage called <paramref name="name"/> (case-insensitive) declared before <paramref name="beforeIndex"/>, or null.</summary>
    public DockerfileStage? PreviousStage(string name, int beforeIndex) =>
        Stages.FirstOrDefault(s => s.Index < beforeIndex && s.Name is not null &&
                                   s.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
}
