using ContainerKit.Model;
using YamlDotNet.RepresentationModel;

namespace ContainerKit.Rendering;

/// <summary>
/// Renders <c>dependencies/</c>: the apt lists (one package per line, for review and freezing), the pip
/// <c>requirements.txt</c> or the conda <c>environment.yml</c> the Dockerfile installs from.
/// </summary>
public static class DependencyFolder
{
    /// <summary>File name of the pip requirements.</summary>
    public const string Requirements = "requirements.txt";

    /// <summary>File name of the conda environment.</summary>
    public const string CondaEnvironment = "environment.yml";

    /// <summary>The files, paths relative to the entry folder.</summary>
    public static IReadOnlyList<RenderedFile> Render(EntryModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var files = new List<RenderedFile>
        {
            AptList("base", model.BaseApt),
            AptList("build", model.BuildApt),
            AptList("runtime", model.RuntimeApt),
            AptList("dev", model.DevApt),
        };
        files.Add(model.Python switch
        {
            PipInstall pip => new RenderedFile($"{ImagePaths.DependenciesFolder}/{Requirements}", Lines(pip.Requirements)),
            CondaInstall conda => new RenderedFile($"{ImagePaths.DependenciesFolder}/{CondaEnvironment}", EnvironmentYaml(conda)),
            _ => throw new InvalidOperationException("unknown Python install " + model.Python.GetType().Name),
        });
        return files;
    }

    private static RenderedFile AptList(string stage, IReadOnlyList<string> packages) =>
        new($"{ImagePaths.DependenciesFolder}/apt-{stage}.txt", Lines(packages));

    private static string Lines(IEnumerable<string> lines) => string.Concat(lines.Select(l => l + "\n"));

    private static string EnvironmentYaml(CondaInstall conda) =>
        EnvironmentYaml(conda.EnvironmentName, conda.Channels, conda.Dependencies, conda.Pip);

    /// <summary>An <c>environment.yml</c>: <c>name</c> (when given), <c>channels</c>, <c>dependencies</c> and their <c>pip</c> section.</summary>
    public static string EnvironmentYaml(string? name, IReadOnlyList<string> channels, IReadOnlyList<string> dependencies, IReadOnlyList<string> pip)
    {
        ArgumentNullException.ThrowIfNull(channels);
        ArgumentNullException.ThrowIfNull(dependencies);
        ArgumentNullException.ThrowIfNull(pip);
        var dependencyNodes = new YamlSequenceNode(dependencies.Select(d => new YamlScalarNode(d)));
        if (pip.Count > 0)
        {
            dependencyNodes.Add(new YamlMappingNode { { "pip", new YamlSequenceNode(pip.Select(p => new YamlScalarNode(p))) } });
        }
        var root = new YamlMappingNode();
        if (name is not null) root.Add("name", name);
        root.Add("channels", new YamlSequenceNode(channels.Select(c => new YamlScalarNode(c))));
        root.Add("dependencies", dependencyNodes);
        return Yaml.Write(root);
    }
}
