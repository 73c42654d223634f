namespace ContainerKit.Lint.Checks;

/// <summary>CK2008: WORKDIR must be absolute (a variable reference is accepted).</summary>
internal sealed class WorkdirCheck : ILintCheck
{
    /// <inheritdoc />
    public IEnumerable<LintFinding> Check(LintContext context) =>
        context.All("WORKDIR")
            .Where(w => w.Arguments.Trim('"', '\'') is var path && !path.StartsWith('/') && !path.StartsWith('$'))
            .Select(w => new LintFinding(LintRules.RelativeWorkdir, w.Line, "WORKDIR is a relative path", w.Arguments));
}
