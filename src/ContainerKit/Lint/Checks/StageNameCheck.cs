namespace ContainerKit.Lint.Checks;

/// <summary>CK2018: stage names are unique (case-insensitive, as the builder compares them).</summary>
internal sealed class StageNameCheck : ILintCheck
{
    /// <inheritdoc />
    public IEnumerable<LintFinding> Check(LintContext context) =>
        context.Document.Stages
            .Where(s => s.Name is not null && context.Document.PreviousStage(s.Name, s.Index) is not null)
            .Select(s => new LintFinding(LintRules.DuplicateStageName, s.Line, "a stage with this name already exists", s.Name));
}
