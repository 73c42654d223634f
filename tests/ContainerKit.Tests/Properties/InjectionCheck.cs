using System.Collections.Concurrent;
using System.Text;
using ContainerKit.Diagnostics;
using ContainerKit.Dockerfiles;
using ContainerKit.Rendering;

namespace ContainerKit.Tests.Properties;

/// <summary>
/// The property every value must keep: its definition is refused with CK diagnostics, or it renders files whose
/// shapes (<see cref="RenderedShape"/>) are the placeholder's with the placeholder replaced by the intended value
/// (or, for an escape-hatch instruction, with exactly that one instruction in its place). Anything else (an
/// extra word, an operator, an expansion, a line that ran into the next, an exception) is a violation.
/// </summary>
internal static class InjectionCheck
{
    private static readonly ConcurrentDictionary<DefinitionField, IReadOnlyDictionary<string, IReadOnlyList<string>>> Baselines = new();

    /// <summary>The rendered files of <paramref name="value"/> in <paramref name="field"/>, or null when it was refused with CK diagnostics.</summary>
    /// <exception cref="InvalidOperationException">Neither: another exception, or a refusal without a CK error.</exception>
    public static IReadOnlyList<RenderedFile>? Render(DefinitionField field, string value)
    {
        try
        {
            return Assert.Single(RenderPipeline.Plan([field.Build(value)], RenderSelection.All, DefinitionFields.ReadFile).Entries).Files;
        }
        catch (DiagnosticException e)
        {
            var errors = e.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (errors.Count > 0 && errors.All(d => d.Id.StartsWith("CK", StringComparison.Ordinal))) return null;
            throw new InvalidOperationException("refused without a CK error: " + string.Join("; ", e.Diagnostics), e);
        }
        catch (Exception e) when (e is not InvalidOperationException)
        {
            throw new InvalidOperationException($"rendering threw {e.GetType().Name}: {e.Message}", e);
        }
    }

    /// <summary>Null when the property holds for <paramref name="value"/>, else what broke.</summary>
    public static string? Violation(DefinitionField field, string value)
    {
        IReadOnlyList<RenderedFile>? files;
        try
        {
            files = Render(field, value);
        }
        catch (InvalidOperationException e)
        {
            return e.Message;
        }
        if (files is null) return null;
        var expected = Expected(field, value);
        if (expected is null) return "rendered, although the instruction is not one Dockerfile instruction";
        return Difference(expected, RenderedShape.Of(files));
    }

    private static IReadOnlyDictionary<string, IReadOnlyList<string>> Baseline(DefinitionField field) =>
        Baselines.GetOrAdd(field, f => RenderedShape.Of(Render(f, f.Placeholder)
            ?? throw new InvalidOperationException($"the placeholder of {f.Name} is refused")));

    private static Dictionary<string, IReadOnlyList<string>>? Expected(DefinitionField field, string value)
    {
        var baseline = Baseline(field);
        if (field.Instruction is not { } make)
        {
            var intended = field.Intended(value);
            return baseline.ToDictionary(
                f => f.Key.Replace(field.Placeholder, intended, StringComparison.Ordinal),
                f => (IReadOnlyList<string>)[.. f.Value.Select(line => line.Replace(field.Placeholder, intended, StringComparison.Ordinal))],
                StringComparer.Ordinal);
        }
        var parsed = DockerfileParser.Parse(make(value).Render()).Instructions;
        if (parsed.Count != 1) return null;
        var placeholder = RenderedShape.Instruction(DockerfileParser.Parse(make(field.Placeholder).Render()).Instructions.Single());
        var dockerfile = baseline[ImagePaths.GenericDockerfile];
        Assert.Single(dockerfile, line => line == placeholder);
        return baseline.ToDictionary(
            f => f.Key,
            f => f.Key == ImagePaths.GenericDockerfile
                ? (IReadOnlyList<string>)[.. dockerfile.Select(line => line == placeholder ? RenderedShape.Instruction(parsed[0]) : line)]
                : f.Value,
            StringComparer.Ordinal);
    }

    private static string? Difference(IReadOnlyDictionary<string, IReadOnlyList<string>> expected, IReadOnlyDictionary<string, IReadOnlyList<string>> actual)
    {
        var paths = expected.Keys.Union(actual.Keys).Order(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (!expected.TryGetValue(path, out var want)) return $"unexpected file {Show(path)}";
            if (!actual.TryGetValue(path, out var got)) return $"file {Show(path)} is missing";
            for (var i = 0; i < Math.Max(want.Count, got.Count); i++)
            {
                var w = i < want.Count ? RenderedShape.Normalized(want[i]) : "(nothing)";
                var g = i < got.Count ? RenderedShape.Normalized(got[i]) : "(nothing)";
                if (w != g) return $"{path}, item {i}: expected {Show(w)}, rendered {Show(g)}";
            }
        }
        return null;
    }

    /// <summary><paramref name="text"/> with control, invisible and marker characters spelled out.</summary>
    public static string Show(string text)
    {
        var builder = new StringBuilder("«");
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                ShellTokens.Expansion => "⟦$⟧",
                ShellTokens.Operator => "⟦op⟧",
                RenderedShape.Separator => " ␟ ",
                _ when char.IsControl(c) || char.IsWhiteSpace(c) && c != ' ' || c is '\u200b' or '\u202e' => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }
        return builder.Append('»').ToString();
    }
}
