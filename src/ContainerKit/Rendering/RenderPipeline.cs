using ContainerKit.Definitions;
using ContainerKit.Diagnostics;
using ContainerKit.Lint;
using ContainerKit.Model;
using ContainerKit.Validation;

namespace ContainerKit.Rendering;

/// <summary>
/// Definitions to rendered entries, all in memory: select, validate every entry, render, lint. Any error
/// (definition or lint) throws one <see cref="DiagnosticException"/> listing all of them, before anything is
/// written; <see cref="RenderOutput"/> then writes a plan atomically.
/// </summary>
public static class RenderPipeline
{
    /// <summary>Renders the selected entries of <paramref name="definitions"/>.</summary>
    /// <param name="definitions">Every definition of the project.</param>
    /// <param name="selection">The filters.</param>
    /// <param name="readFile">Reads a dependency file by its path relative to the project root; null when missing.</param>
    /// <param name="settings">Base-image substitutions and image namespace of this machine; none by default.</param>
    public static RenderPlan Plan(IReadOnlyList<EnvironmentDefinition> definitions, RenderSelection selection, Func<string, string?> readFile, RenderSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        ArgumentNullException.ThrowIfNull(selection);
        // Name and matrix are read once here; selection and validation use what was read.
        var (headers, setDiagnostics) = DefinitionValidator.ReadSet(definitions);
        var diagnostics = new List<Diagnostic>(setDiagnostics);
        ThrowOnErrors(diagnostics);

        var selected = Select(headers, selection, diagnostics);
        ThrowOnErrors(diagnostics);

        var entries = new List<RenderedEntry>();
        foreach (var (header, entry) in selected)
        {
            var (model, found) = DefinitionValidator.Resolve(header, entry, readFile);
            diagnostics.AddRange(found);
            if (model is null) continue;
            var rendered = Render((settings ?? RenderSettings.None).Apply(model));
            diagnostics.AddRange(Lint(rendered));
            entries.Add(rendered);
        }
        ThrowOnErrors(diagnostics);
        return new RenderPlan(entries, diagnostics.Distinct().ToList());
    }

    /// <summary>Renders one validated entry.</summary>
    public static RenderedEntry Render(EntryModel model)
    {
        var files = EntryRenderer.Render(model);
        var manifest = ManifestJson.Read(files.Single(f => f.RelativePath == RenderManifest.FileName).Content);
        return new RenderedEntry(model.EnvironmentName, model.Entry, $"{model.EnvironmentName}/{model.Entry.Key}", files, manifest);
    }

    /// <summary>Lint findings of an entry's two Dockerfiles, located at <c>&lt;environment&gt;/&lt;entry&gt;/&lt;file&gt;:line</c>.</summary>
    public static IEnumerable<Diagnostic> Lint(RenderedEntry entry) =>
        entry.Files
            .Where(f => f.RelativePath is ImagePaths.GenericDockerfile or ImagePaths.UserDockerfile)
            .SelectMany(f => DockerfileLinter.Lint(
                $"{entry.RelativeFolder}/{f.RelativePath}", f.Content,
                f.RelativePath == ImagePaths.UserDockerfile ? DockerfileKind.User : DockerfileKind.Generic));

    private static List<(DefinitionHeader, MatrixEntry)> Select(
        IReadOnlyList<DefinitionHeader> headers, RenderSelection selection, List<Diagnostic> diagnostics)
    {
        foreach (var wanted in selection.Environments.Where(w => !headers.Any(h => Matches(h.Name, h.TypeName, w))))
        {
            diagnostics.Add(DefinitionRules.Selection.At("--environment", "no environment has this name",
                wanted + $" (known: {string.Join(", ", headers.Select(h => h.Name))})"));
        }
        var platforms = ParseAll<Platform>(selection.Platforms, "--platform", diagnostics);
        var accelerations = AccelerationNames(headers, selection.Accelerations, diagnostics);

        var result = new List<(DefinitionHeader, MatrixEntry)>();
        foreach (var header in headers)
        {
            if (selection.Environments.Count > 0 && !selection.Environments.Any(w => Matches(header.Name, header.TypeName, w))) continue;
            result.AddRange(header.Entries
                .Where(e => (platforms.Count == 0 || platforms.Contains(e.Platform)) && (accelerations.Count == 0 || accelerations.Contains(e.AccelerationName)))
                .Select(e => (header, e)));
        }
        if (result.Count == 0 && diagnostics.Count == 0)
        {
            diagnostics.Add(DefinitionRules.Selection.At("--environment/--platform/--acceleration", "the selection matches no matrix entry",
                string.Join(" ", selection.Environments.Concat(selection.Platforms).Concat(selection.Accelerations))));
        }
        return result;
    }

    private static bool Matches(string name, string type, string wanted) =>
        string.Equals(name, wanted, StringComparison.OrdinalIgnoreCase) || string.Equals(type, wanted, StringComparison.OrdinalIgnoreCase);

    private static List<T> ParseAll<T>(IReadOnlyList<string> values, string option, List<Diagnostic> diagnostics)
        where T : struct, Enum
    {
        var result = new List<T>();
        foreach (var value in values)
        {
            if (Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)) result.Add(parsed);
            else diagnostics.Add(DefinitionRules.Selection.At(option, $"not a {typeof(T).Name.ToLowerInvariant()} (accepted: {string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))})", value));
        }
        return result;
    }

    /// <summary>The wanted acceleration names that some definition's matrix declares; others are CK1024 listing the known names.</summary>
    private static HashSet<string> AccelerationNames(IReadOnlyList<DefinitionHeader> headers, IReadOnlyList<string> wanted, List<Diagnostic> diagnostics)
    {
        var known = headers.SelectMany(h => h.Entries).Select(e => e.AccelerationName).Distinct().Order(StringComparer.Ordinal).ToList();
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in wanted)
        {
            var name = known.FirstOrDefault(k => string.Equals(k, value, StringComparison.OrdinalIgnoreCase));
            if (name is not null) result.Add(name);
            else diagnostics.Add(DefinitionRules.Selection.At("--acceleration", $"no matrix declares this acceleration (known: {string.Join(", ", known)})", value));
        }
        return result;
    }

    private static void ThrowOnErrors(List<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0) throw new DiagnosticException(errors);
    }
}
