namespace ContainerKit.Lint.Checks;

/// <summary>CK2012: in a user layer the final stage's last USER is not root.</summary>
internal sealed class UserLayerCheck : ILintCheck
{
    /// <inheritdoc />
    public IEnumerable<LintFinding> Check(LintContext context)
    {
        var document = context.Document;
        if (context.Kind != Lint.DockerfileKind.User || document.Stages.Count == 0)
        {
            yield break;
        }
        var final = document.Stages[^1];
        var lastUser = document.InstructionsOf(final).LastOrDefault(i => i.Keyword == "USER");
        if (lastUser is null)
        {
            yield return new LintFinding(LintRules.UserLayerEndsAsRoot, document.Instructions[^1].Line, "the user layer never switches to a non-root USER");
        }
        else if (lastUser.Arguments.Split(':')[0].Trim() is "root" or "0")
        {
            yield return new LintFinding(LintRules.UserLayerEndsAsRoot, lastUser.Line, "the user layer ends as root", lastUser.Arguments);
        }
    }
}
