using ContainerKit.Diagnostics;
using ContainerKit.Rendering;
using ContainerKit.Tests.Core;
using ContainerKit.Tests.Scripting;
using FsCheck.Fluent;

namespace ContainerKit.Tests.Properties;

/// <summary>
/// The entrypoint scripts rendered from hostile values in the fields that reach them (package, base entrypoint,
/// project paths, the default ports) pass shellcheck. shellcheck is slow, so each run checks a bounded sample: every
/// distinct script among a few hundred generated cases, up to <see cref="MaxScripts"/>, in one shellcheck call.
/// </summary>
public sealed class EntrypointPropertyTests
{
    private const int Cases = 400;
    private const int MaxScripts = 40;

    private static readonly string[] ReachingEntrypoints =
        ["project name", "project package", "PROJECT_ROOT_AT", "base entrypoint (exec)", "base entrypoint (source)"];

    [Fact]
    public async Task Entrypoints_rendered_from_hostile_values_pass_shellcheck()
    {
        var fields = DefinitionFields.All.Where(f => ReachingEntrypoints.Contains(f.Name)).ToList();
        Assert.Equal(ReachingEntrypoints.Length, fields.Count);
        var ports = Gen.Choose(-70000, 70000).Sample(Cases).Select(port => new TestEnvironment
        {
            EntrypointValue = new() { DefaultSshPort = port, DefaultJupyterPort = -port },
        });
        var scripts = FieldValue.In(fields).Generator.Sample(Cases)
            .Select(c => InjectionCheck.Render(c.Field, c.Value))
            .Concat(ports.Select(Render))
            .OfType<IReadOnlyList<RenderedFile>>()
            .SelectMany(files => files.Where(f => f.RelativePath.StartsWith("entrypoints/", StringComparison.Ordinal)))
            .Select(f => f.Content)
            .Distinct(StringComparer.Ordinal)
            .Take(MaxScripts)
            .ToList();
        // Not vacuous: accepted values do reach the scripts and make them differ.
        Assert.True(scripts.Count > 10, $"only {scripts.Count} distinct entrypoint scripts were rendered");

        using var folder = new TempFolder();
        var paths = scripts.Select((script, i) => Path.GetRelativePath(folder.Path, folder.Write($"script-{i}.sh", script))).ToList();
        var (exitCode, output) = await Shellcheck.RunAsync(folder.Path, "bash", paths);

        Assert.True(exitCode == 0, $"shellcheck exited with {exitCode} on {paths.Count} entrypoint scripts:\n{output}");
    }

    private static IReadOnlyList<RenderedFile>? Render(TestEnvironment definition)
    {
        try
        {
            return RenderPipeline.Plan([definition], RenderSelection.All, DefinitionFields.ReadFile).Entries.Single().Files;
        }
        catch (DiagnosticException)
        {
            return null;
        }
    }
}
