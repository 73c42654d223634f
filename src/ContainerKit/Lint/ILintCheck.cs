namespace ContainerKit.Lint;

/// <summary>Implements one or more rules of the catalog over a parsed Dockerfile.</summary>
internal interface ILintCheck
{
    /// <summary>Every finding in <paramref name="context"/>.</summary>
    IEnumerable<LintFinding> Check(LintContext context);
}
