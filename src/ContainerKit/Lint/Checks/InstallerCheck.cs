namespace ContainerKit.Lint.Checks;

/// <summary>
/// CK2050 and CK2051: a RUN that downloads a shell installer (curl or wget of a <c>.sh</c>) and runs it must check
/// it with <c>sha256sum --check</c> first, and must not download it from a moving <c>latest</c> URL.
/// </summary>
internal sealed class InstallerCheck : ILintCheck
{
    /// <inheritdoc />
    public IEnumerable<LintFinding> Check(LintContext context)
    {
        foreach (var run in context.Runs())
        {
            var programs = run.Programs.ToList();
            var downloads = programs.Where(c => c[0] is "curl" or "wget")
                .SelectMany(c => c.Skip(1).Where(IsInstallerUrl))
                .ToList();
            if (downloads.Count == 0 || !programs.Any(c => c[0] is "bash" or "sh")) continue;
            foreach (var url in downloads.Where(u => u.Contains("/latest/", StringComparison.Ordinal) || u.Contains("-latest-", StringComparison.Ordinal)))
            {
                yield return new LintFinding(LintRules.UnpinnedInstaller, run.Instruction.Line, "the installer is downloaded from a moving 'latest' URL", url);
            }
            var verified = programs.Any(c => c[0] is "sha256sum" or "sha512sum" && c.Any(w => w is "--check" or "-c"));
            if (!verified)
            {
                yield return new LintFinding(LintRules.UnverifiedInstaller, run.Instruction.Line, "the downloaded installer runs without a checksum check", downloads[0]);
            }
        }
    }

    private static bool IsInstallerUrl(string word) =>
        (word.StartsWith("http://", StringComparison.Ordinal) || word.StartsWith("https://", StringComparison.Ordinal))
        && word.Split('?', '#')[0].EndsWith(".sh", StringComparison.Ordinal);
}
