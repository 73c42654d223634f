namespace ContainerKit.Lint.Checks;

/// <summary>CK2011: names declared by ENV and ARG must not look like secrets. Only the name is reported, never the value.</summary>
internal sealed class SecretNameCheck : ILintCheck
{
    /// <inheritdoc />
    public IEnumerable<LintFinding> Check(LintContext context) =>
        context.Document.Instructions
            .Where(i => i.Keyword is "ENV" or "ARG")
            .SelectMany(i => DeclaredNames(i.Keyword, i.Arguments).Select(name => (i, name)))
            .Where(x => SecretNames.IsSecretLooking(x.name))
            .Select(x => new LintFinding(LintRules.SecretName, x.i.Line, $"{x.i.Keyword} '{x.name}' looks like a secret", x.name));

    /// <summary>ENV/ARG <c>A=1 B="x y"</c> declare A and B; the legacy <c>ENV A value with spaces</c> declares A only.</summary>
    private static IEnumerable<string> DeclaredNames(string keyword, string arguments)
    {
        var words = ShellCommands.Split(arguments, keepAssignments: true).SelectMany(c => c).ToList();
        if (words.Count == 0)
        {
            return [];
        }
        if (keyword == "ENV" && !words[0].Contains('='))
        {
            return [words[0]];
        }
        return words.Select(w => w.Split('=')[0]);
    }
}
