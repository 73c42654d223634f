using ContainerKit.Definitions;
using ContainerKit.Diagnostics;
using ContainerKit.Model;
using ContainerKit.Validation;

namespace ContainerKit.Rendering;

/// <summary>
/// Machine-level settings applied to every validated entry before it is rendered: base-image substitutions and an
/// image namespace. They belong to where the images are built, not to the definitions, so they are parameters.
/// </summary>
/// <param name="Substitutions">Base-image substitutions; the first that matches an entry's base wins.</param>
/// <param name="ImageNamespace">A repository path prepended to every image name (e.g. a test run's own), or null.</param>
public sealed record RenderSettings(IReadOnlyList<BaseImageSubstitution> Substitutions, string? ImageNamespace)
{
    /// <summary>No substitution, no namespace.</summary>
    public static RenderSettings None { get; } = new([], null);

    /// <summary>Parses the parameters; every malformed value is reported in one diagnostic exception.</summary>
    public static RenderSettings Parse(IReadOnlyList<string> substitutions, string? imageNamespace)
    {
        ArgumentNullException.ThrowIfNull(substitutions);
        var diagnostics = new List<Diagnostic>();
        var parsed = new List<BaseImageSubstitution>();
        foreach (var text in substitutions)
        {
            try
            {
                parsed.Add(BaseImageSubstitution.Parse(text));
            }
            catch (DiagnosticException e)
            {
                diagnostics.AddRange(e.Diagnostics);
            }
        }
        var space = string.IsNullOrWhiteSpace(imageNamespace) ? null : imageNamespace.Trim().Trim('/');
        if (space is not null && ImageReference.TryParse(space + "/x") is not { Registry: null })
        {
            diagnostics.Add(DefinitionRules.ImageNamespace.At("--image-namespace", "not a lower-case repository path", imageNamespace));
        }
        if (diagnostics.Count > 0) throw new DiagnosticException(diagnostics);
        return new RenderSettings(parsed, space);
    }

    /// <summary>
    /// The model with its base, and the images custom stages start from, substituted, and its image name namespaced.
    /// </summary>
    public EntryModel Apply(EntryModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var stages = StageNames.All.Concat(model.CustomStages.Select(s => s.Name)).ToHashSet(StringComparer.Ordinal);
        var project = ImageNamespace is null
            ? model.Project
            : new Project(model.Project.Name, model.Project.Package, model.Project.Lab, $"{ImageNamespace}/{model.Project.ImageName}", model.Project.ProjectRootAt);
        return model with
        {
            BaseImage = Substitute(model.BaseImage, model.Entry),
            CustomStages = [.. model.CustomStages.Select(s => stages.Contains(s.From) ? s : s with { From = Substitute(s.From, model.Entry) })],
            Project = project,
        };
    }

    private string Substitute(string image, MatrixEntry entry) =>
        ImageReference.TryParse(image) is { } reference && Substitutions.FirstOrDefault(s => s.Matches(reference, entry)) is { } substitution
            ? substitution.To.ToString()
            : image;
}
