namespace ContainerKit.Lint.Checks;

/// <summary>CK2009: ADD only for URLs and archives to extract; local files use COPY.</summary>
internal sealed class AddCheck : ILintCheck
{
    private static readonly string[] RemotePrefixes = ["http://", "https://", "git@", "git://"];
    private static readonly string[] ArchiveSuffixes = [".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz", ".tar.zst"];

    /// <inheritdoc />
    public IEnumerable<LintFinding> Check(LintContext context)
    {
        foreach (var add in context.All("ADD"))
        {
            var words = add.JsonArguments ?? ShellCommands.Split(add.Arguments, keepAssignments: true).FirstOrDefault() ?? [];
            var local = words.Take(words.Count - 1).FirstOrDefault(IsLocalFile);
            if (local is not null)
            {
                yield return new LintFinding(LintRules.AddForLocalFiles, add.Line, "ADD copies a local file", local);
            }
        }
    }

    private static bool IsLocalFile(string source) =>
        !RemotePrefixes.Any(p => source.StartsWith(p, StringComparison.OrdinalIgnoreCase)) &&
        !ArchiveSuffixes.Any(s => source.EndsWith(s, StringComparison.OrdinalIgnoreCase));
}
