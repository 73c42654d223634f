using ContainerKit.Dockerfiles;

namespace ContainerKit.Docker.Building;

/// <summary>The images a Dockerfile starts FROM that are not its own stages, <c>scratch</c> or ARG references: what a build pulls.</summary>
public static class BaseImages
{
    /// <summary>The external FROM images of <paramref name="dockerfile"/>, in order, each once.</summary>
    public static IReadOnlyList<string> Of(string dockerfile)
    {
        var document = DockerfileParser.Parse(dockerfile);
        return document.Stages
            .Where(s => !s.BaseImage.Contains('$', StringComparison.Ordinal)
                        && !s.BaseImage.Equals("scratch", StringComparison.OrdinalIgnoreCase)
                        && document.PreviousStage(s.BaseImage, s.Index) is null)
            .Select(s => s.BaseImage)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }
}
