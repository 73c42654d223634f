using ContainerKit.Dockerfiles;

namespace ContainerKit.Scripting.Import;

/// <summary>The FROM chains of a Dockerfile: which earlier stage each stage builds on.</summary>
internal sealed class StageAncestry
{
    private readonly DockerfileDocument _dockerfile;
    private readonly int[] _parents;

    /// <summary>Links every stage to the earlier stage its FROM names, if any.</summary>
    public StageAncestry(DockerfileDocument dockerfile)
    {
        _dockerfile = dockerfile;
        _parents = dockerfile.Stages.Select(s => dockerfile.PreviousStage(s.BaseImage, s.Index)?.Index ?? -1).ToArray();
    }

    /// <summary>The stage called <paramref name="name"/> (case-insensitive), or null.</summary>
    public DockerfileStage? Find(string name) =>
        _dockerfile.Stages.LastOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The indexes of <paramref name="stage"/> and every stage it builds on; empty for null.</summary>
    public IReadOnlySet<int> Chain(DockerfileStage? stage)
    {
        var chain = new HashSet<int>();
        for (var index = stage?.Index ?? -1; index >= 0; index = _parents[index]) chain.Add(index);
        return chain;
    }

    /// <summary>The first stage of <paramref name="stage"/>'s chain: the one that starts from an image.</summary>
    public DockerfileStage Root(DockerfileStage stage)
    {
        var index = stage.Index;
        while (_parents[index] >= 0) index = _parents[index];
        return _dockerfile.Stages[index];
    }

    /// <summary>How a stage is named in notes: its name, or <c>#index</c>.</summary>
    public static string Label(DockerfileStage stage) => stage.Name ?? "#" + stage.Index;
}
