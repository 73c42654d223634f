using ContainerKit.Clusters.Planning;

namespace ContainerKit.Clusters.Rendering;

/// <summary>Renders the files of one kind for a planned job (pure, deterministic); a renderer that does not apply returns none.</summary>
public interface IJobRenderer
{
    /// <summary>The files for <paramref name="plan"/>, or none when this renderer does not apply to its cluster.</summary>
    IReadOnlyList<JobFile> Render(JobPlan plan);
}
