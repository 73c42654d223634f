namespace ContainerKit.Lint.Checks;

/// <summary>CK2007 (sudo) and CK2014 (cd) on the commands of every RUN.</summary>
internal sealed class RunCommandCheck : ILintCheck
{
    /// <inheritdoc />
    public IEnumerable<LintFinding> Check(LintContext context)
    {
        foreach (var run in context.Runs())
        {
            if (run.Commands.Any(c => c[0] == "sudo"))
            {
                yield return new LintFinding(LintRules.Sudo, run.Instruction.Line, "RUN uses 'sudo'", "sudo");
            }
            if (run.Invocations("cd").FirstOrDefault() is { } cd)
            {
                yield return new LintFinding(LintRules.CdInRun, run.Instruction.Line, "RUN changes directory with 'cd'", string.Join(' ', cd));
            }
        }
    }
}
