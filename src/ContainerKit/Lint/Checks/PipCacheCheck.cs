namespace ContainerKit.Lint.Checks;

/// <summary>CK2015: <c>pip install</c> needs <c>--no-cache-dir</c>, a pip cache mount or PIP_NO_CACHE_DIR.</summary>
internal sealed class PipCacheCheck : ILintCheck
{
    /// <inheritdoc />
    public IEnumerable<LintFinding> Check(LintContext context)
    {
        var noCacheStages = context.All("ENV")
            .Where(env => env.Arguments.Contains("PIP_NO_CACHE_DIR", StringComparison.Ordinal))
            .Select(env => env.StageIndex)
            .ToHashSet();
        foreach (var run in context.Runs())
        {
            if (noCacheStages.Contains(run.Instruction.StageIndex) || HasPipCacheMount(run))
            {
                continue;
            }
            if (run.Programs.Any(c => IsPipInstall(c) && !c.Contains("--no-cache-dir")))
            {
                yield return new LintFinding(LintRules.PipCache, run.Instruction.Line, "'pip install' without '--no-cache-dir' or a pip cache mount");
            }
        }
    }

    private static bool HasPipCacheMount(RunScript run) =>
        run.Instruction.Mounts.Any(m => m.Type == "cache" && m.Target is { } target &&
                                        (target.TrimEnd('/').EndsWith("/pip", StringComparison.Ordinal) ||
                                         target.TrimEnd('/').EndsWith("/.cache", StringComparison.Ordinal)));

    /// <summary><c>pip install</c>, <c>pip3 install</c> or <c>python -m pip install</c>.</summary>
    private static bool IsPipInstall(IReadOnlyList<string> command)
    {
        var start = command[0] is "pip" or "pip3" ? 1
            : command[0].StartsWith("python", StringComparison.Ordinal) && command.Count > 2 && command[1] == "-m" && command[2] == "pip" ? 3
            : -1;
        return start > 0 && command.Skip(start).FirstOrDefault(w => !w.StartsWith('-')) == "install";
    }
}
