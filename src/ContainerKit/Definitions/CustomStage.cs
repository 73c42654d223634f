namespace ContainerKit.Definitions;

/// <summary>
/// A stage of the author's own, rendered after the Python dependencies stage: <c>new CustomStage("tools",
/// from: "build-apt", Instruction.Run("make -C /src"))</c>. <paramref name="From"/> is a stage name (built-in:
/// <c>base</c>, <c>build-apt</c>, <c>python-deps</c>, or another custom stage) or a pinned image reference.
/// Runtime or development instructions then <c>COPY --from</c> it.
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
