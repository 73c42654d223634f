namespace ContainerKit.Lint.Checks;

/// <summary>CK2010 (JSON form) and CK2017 (one per stage) for ENTRYPOINT and CMD.</summary>
internal sealed class EntrypointCheck : ILintCheck
{
    private static readonly string[] Keywords = ["ENTRYPOINT", "CMD"];

    /// <inheritdoc />
    public IEnumerable<LintFinding> Check(LintContext context)
    {
        foreach (var keyword in Keywords)
        {
            var all = context.All(keyword).ToList();
            foreach (var instruction in all.Where(i => !i.IsJsonForm))
            {
                yield return new LintFinding(LintRules.ShellFormEntrypoint, instruction.Line, $"{keyword} uses the shell form", instruction.Arguments);
            }
            foreach (var stage in all.GroupBy(i => i.StageIndex))
            {
                foreach (var overridden in stage.SkipLast(1))
                {
                    yield return new LintFinding(LintRules.RepeatedEntrypoint, overridden.Line, $"{keyword} is overridden later in the same stage");
                }
            }
        }
    }
}
