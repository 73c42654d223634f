namespace ContainerKit.Lint.Checks;

/// <summary>The apt rules: CK2003, CK2004, CK2005, CK2013, CK2016, CK2020.</summary>
internal sealed class AptCheck : ILintCheck
{
    private const string AptLists = "/var/lib/apt/lists";

    /// <inheritdoc />
    public IEnumerable<LintFinding> Check(LintContext context)
    {
        foreach (var run in context.Runs())
        {
            var line = run.Instruction.Line;
            var apt = run.Programs.Select(AptInvocation.From).OfType<AptInvocation>().ToList();
            var updates = apt.Any(a => a.Subcommand == "update");
            var installs = apt.Where(a => a.Subcommand == "install").ToList();

            if (apt.Any(a => a.Tool == "apt"))
            {
                yield return new LintFinding(LintRules.AptInsteadOfAptGet, line, "'apt' used in a RUN script", "apt");
            }
            if (updates && installs.Count == 0)
            {
                yield return new LintFinding(LintRules.AptUpdateAlone, line, "'apt-get update' without 'apt-get install' in the same RUN");
            }
            if (installs.Any(a => !a.NoRecommends))
            {
                yield return new LintFinding(LintRules.NoInstallRecommends, line, "'apt-get install' without '--no-install-recommends'");
            }
            if (installs.Any(a => !a.AssumesYes))
            {
                yield return new LintFinding(LintRules.AptYes, line, "'apt-get install' without '-y'");
            }
            foreach (var upgrade in apt.Where(a => a.Subcommand is "upgrade" or "dist-upgrade" or "full-upgrade"))
            {
                yield return new LintFinding(LintRules.AptUpgrade, line, $"'{upgrade.Tool} {upgrade.Subcommand}' in a RUN", upgrade.Subcommand);
            }
            if (updates && !run.HasCacheMountCovering(AptLists) && !RemovesLists(run))
            {
                yield return new LintFinding(LintRules.AptListsKept, line, "apt lists are not removed ('rm -rf /var/lib/apt/lists/*') and /var/lib/apt is not a cache mount");
            }
        }
    }

    private static bool RemovesLists(RunScript run) =>
        run.Invocations("rm").Any(rm => rm.Skip(1).Any(arg => arg.TrimEnd('*').TrimEnd('/') == AptLists));
}
