namespace ContainerKit.Definitions;

/// <summary>
/// A stage of the author's own, rendered after the Python environment stage and before <c>runtime-generic</c>:
/// <c>new CustomStage("tools", from: "base", Instruction.Run("make -C /src"))</c>. <paramref name="From"/> is a stage
/// name (built-in: <c>base</c> (<see cref="Rendering.StageNames.Base"/>, the base image plus <c>BaseApt</c>) or
/// <c>python-env</c> (<see cref="Rendering.StageNames.PythonEnvironment"/>, which has <c>BuildApt</c> and the Python
/// environment), or another custom stage) or a pinned image reference (a tag or digest). Runtime or development
/// instructions then <c>COPY --from</c> it (CK1008 refuses a reference to anything else).
/// </summary>
/// <param name="Name">Stage name (lower-case letters, digits, '-', '_', '.').</param>
/// <param name="From">The stage or image it starts from.</param>
/// <param name="Instructions">Its instructions.</param>
public sealed record CustomStage(string Name, string From, IReadOnlyList<Instruction> Instructions)
{
    /// <summary>Creates a stage from instructions given inline.</summary>
    public CustomStage(string name, string from, params Instruction[] instructions)
        : this(name, from, (IReadOnlyList<Instruction>)instructions)
    {
    }
}
