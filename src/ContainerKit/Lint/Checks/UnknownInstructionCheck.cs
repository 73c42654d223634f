namespace ContainerKit.Lint.Checks;

/// <summary>CK2019: every instruction is a Dockerfile keyword.</summary>
internal sealed class UnknownInstructionCheck : ILintCheck
{
    private static readonly HashSet<string> Known =
    [
        "FROM", "RUN", "CMD", "LABEL", "MAINTAINER", "EXPOSE", "ENV", "ADD", "COPY", "ENTRYPOINT", "VOLUME",
        "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK", "SHELL",
    ];

    /// <inheritdoc />
    public IEnumerable<LintFinding> Check(LintContext context) =>
        context.Document.Instructions
            .Where(i => !Known.Contains(i.Keyword))
            .Select(i => new LintFinding(LintRules.UnknownInstruction, i.Line, "unknown instruction", i.Keyword));
}
