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

    /// <summary>
    /// The external image the stage <paramref name="target"/> (null: the last stage) is built on, following FROMs of earlier
    /// stages; a FROM of <c>$NAME</c> or <c>${NAME}</c> is resolved from <paramref name="buildArgs"/> (the user layer's
    /// <c>BASE_IMAGE</c>). Null when it starts from <c>scratch</c> or an argument that is not given.
    /// </summary>
    public static string? OfTarget(string dockerfile, string? target, IReadOnlyDictionary<string, string> buildArgs)
    {
        ArgumentNullException.ThrowIfNull(buildArgs);
        var document = DockerfileParser.Parse(dockerfile);
        if (document.Stages.Count == 0) return null;
        var stage = target is null ? document.Stages[^1]
            : document.Stages.LastOrDefault(s => s.Name is not null && s.Name.Equals(target, StringComparison.OrdinalIgnoreCase)) ?? document.Stages[^1];
        while (document.PreviousStage(stage.BaseImage, stage.Index) is { } previous) stage = previous;
        var image = stage.BaseImage;
        if (image.StartsWith('$'))
        {
            var name = image.TrimStart('$').TrimStart('{').TrimEnd('}');
            image = buildArgs.GetValueOrDefault(name) ?? "";
        }

        return image.Length == 0 || image.Equals("scratch", StringComparison.OrdinalIgnoreCase) ? null : image;
    }
}
