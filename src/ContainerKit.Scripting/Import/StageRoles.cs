using ContainerKit.Dockerfiles;

namespace ContainerKit.Scripting.Import;

/// <summary>
/// Maps the stages of a template Dockerfile to the definition's lists by where their installs end up, from three
/// sets of stages: R, the FROM chain of <c>runtime-generic</c> (what the run image holds); D, the chain of
/// <c>development-generic</c> outside R (what only the dev image adds); and B, the build stages: the chain of the
/// stage running the Python install when the run image does not build on it, and every stage R or D copies or
/// mounts files from (<c>COPY --from</c>, <c>RUN --mount=from=</c>), with the stages those build on.
/// An apt install in D is dev; in R and B (a shared base) base; in R runtime; in B build. Stages in none of them are not imported.
/// </summary>
internal sealed class StageRoles
{
    private readonly IReadOnlySet<int> _runtime;
    private readonly IReadOnlySet<int> _development;
    private readonly HashSet<int> _build = [];

    /// <summary>The roles of the stages of <paramref name="dockerfile"/>.</summary>
    public StageRoles(StageAncestry stages, DockerfileStage runtime, DockerfileStage? development, DockerfileInstruction? pythonInstall, DockerfileDocument dockerfile)
    {
        _runtime = stages.Chain(runtime);
        _development = stages.Chain(development).Except(_runtime).ToHashSet();
        var pending = new Queue<int>(_runtime.Concat(_development));
        if (pythonInstall is not null && !_runtime.Contains(pythonInstall.StageIndex)) Add(stages.Chain(dockerfile.Stages[pythonInstall.StageIndex]), pending);
        var seen = new HashSet<int>();
        while (pending.TryDequeue(out var index))
        {
            if (!seen.Add(index)) continue;
            foreach (var source in dockerfile.InstructionsOf(dockerfile.Stages[index]).SelectMany(SourceStages))
            {
                if (dockerfile.PreviousStage(source, index) is { } copied) Add(stages.Chain(copied), pending);
            }
        }

        _build.ExceptWith(_development);
    }

    /// <summary>True for a stage of the run image's chain.</summary>
    public bool IsRuntime(int stageIndex) => _runtime.Contains(stageIndex);

    /// <summary>True for a stage only the dev image builds on.</summary>
    public bool IsDevelopment(int stageIndex) => _development.Contains(stageIndex);

    /// <summary>True for a stage in one of the three sets.</summary>
    public bool IsUsed(int stageIndex) => _runtime.Contains(stageIndex) || _development.Contains(stageIndex) || _build.Contains(stageIndex);

    /// <summary>The list an apt install in <paramref name="run"/> belongs to.</summary>
    public AptRole Of(DockerfileInstruction run)
    {
        var stage = run.StageIndex;
        if (_development.Contains(stage)) return AptRole.Dev;
        if (_runtime.Contains(stage)) return _build.Contains(stage) ? AptRole.Base : AptRole.Runtime;
        return _build.Contains(stage) ? AptRole.Build : AptRole.None;
    }

    private void Add(IEnumerable<int> chain, Queue<int> pending)
    {
        foreach (var index in chain)
        {
            if (_build.Add(index)) pending.Enqueue(index);
        }
    }

    /// <summary>The stage names an instruction copies or mounts files from.</summary>
    private static IEnumerable<string> SourceStages(DockerfileInstruction instruction) =>
        new[] { instruction.Keyword is "COPY" or "ADD" ? instruction.Flag("from") : null }
            .Concat(instruction.Keyword == "RUN" ? instruction.Mounts.Select(m => m.Options.GetValueOrDefault("from")) : [])
            .OfType<string>();
}
