using ContainerKit.Dockerfiles;

namespace ContainerKit.Scripting.Import;

/// <summary>
/// Maps the stages of a template Dockerfile to the definition's lists, from three FROM chains: the chain of
/// <c>runtime-generic</c> (R), of <c>development-generic</c> (D) and of the stage running the Python install (P).
/// An apt install in a stage of D but not R is dev. When R builds on the Python stage (the template's chained
/// from-python layout), installs of P's chain before the Python install are build packages and the rest of R is
/// runtime; when they are separate chains, stages shared by P and R are base packages (BaseApt), P-only stages
/// build packages and R-only stages runtime packages. Stages in none of the chains are unmapped.
/// </summary>
internal sealed class StageRoles
{
    private readonly IReadOnlySet<int> _runtime;
    private readonly IReadOnlySet<int> _development;
    private readonly IReadOnlySet<int> _python;
    private readonly DockerfileInstruction? _pythonInstall;

    /// <summary>The roles of <paramref name="runtime"/>, <paramref name="development"/> and the stage of <paramref name="pythonInstall"/>.</summary>
    public StageRoles(StageAncestry stages, DockerfileStage runtime, DockerfileStage? development, DockerfileInstruction? pythonInstall, DockerfileDocument dockerfile)
    {
        _runtime = stages.Chain(runtime);
        _development = stages.Chain(development);
        _python = stages.Chain(pythonInstall is null ? null : dockerfile.Stages[pythonInstall.StageIndex]);
        _pythonInstall = pythonInstall;
    }

    /// <summary>True when runtime-generic builds on the stage of the Python install (so the template's run image also holds the build packages).</summary>
    public bool IsChained => _pythonInstall is not null && _runtime.Contains(_pythonInstall.StageIndex);

    /// <summary>True when the stage is in one of the three chains.</summary>
    public bool IsMapped(int stageIndex) => _runtime.Contains(stageIndex) || _development.Contains(stageIndex) || _python.Contains(stageIndex);

    /// <summary>The list an apt install in <paramref name="run"/> belongs to.</summary>
    public AptRole Of(DockerfileInstruction run)
    {
        var stage = run.StageIndex;
        var inRuntime = _runtime.Contains(stage);
        if (_development.Contains(stage) && !inRuntime) return AptRole.Dev;
        if (inRuntime && _python.Contains(stage))
        {
            if (!IsChained) return AptRole.Base;
            return stage != _pythonInstall!.StageIndex || run.Line < _pythonInstall.Line ? AptRole.Build : AptRole.Runtime;
        }

        return inRuntime ? AptRole.Runtime : _python.Contains(stage) ? AptRole.Build : AptRole.None;
    }
}
