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

    private static string EnvironmentYaml(CondaInstall conda)
    {
        var dependencies = new YamlSequenceNode(conda.Dependencies.Select(d => new YamlScalarNode(d)));
        if (conda.Pip.Count > 0)
        {
            dependencies.Add(new YamlMappingNode { { "pip", new YamlSequenceNode(conda.Pip.Select(p => new YamlScalarNode(p))) } });
        }
        var root = new YamlMappingNode
        {
            { "name", conda.EnvironmentName },
            { "channels", new YamlSequenceNode(conda.Channels.Select(c => new YamlScalarNode(c))) },
            { "dependencies", dependencies },
        };
        return Yaml.Write(root);
    }
}
