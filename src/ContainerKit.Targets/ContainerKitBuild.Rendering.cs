using ContainerKit.Diagnostics;
using ContainerKit.Rendering;
using ContainerKit.Targets.Host;

namespace ContainerKit.Targets;

/// <summary>Rendering and linting targets (issue 3).</summary>
public abstract partial class ContainerKitBuild
{
    /// <summary>Rendered entry folders live under this folder of the root directory.</summary>
    public const string ContainersFolder = "artifacts/containers";

    private IReadOnlyList<RenderedFolder>? _rendered;

    /// <summary>Base images replaced when rendering (mirrors, air-gapped registries, the test engine's local base).</summary>
    [Parameter("Base images replaced when rendering, [platform:]from=to, e.g. debian:bookworm-slim=mirror.example.org/debian:bookworm-slim (registry mirrors, air-gapped clusters, rate limits)")]
    public string[] BaseImageSubstitutions { get; set; } = [];

    /// <summary>A repository path prepended to every image name.</summary>
    [Parameter("Repository path prepended to every image name, e.g. ci-42 gives ci-42/<lab>/<project>; keeps CI or test builds apart from yours")]
    public string? ImageNamespace { get; set; }

    /// <summary>Renders every selected matrix entry.</summary>
    public Target Render => _ => _
        .Description("Render Dockerfiles, entrypoints, compose and render.json to artifacts/containers")
        .Executes(() =>
        {
            foreach (var folder in RenderedEntries())
            {
                Output.WriteLine($"{(folder.Changed ? "wrote    " : "unchanged")} {Path.GetRelativePath(RootDirectory, folder.Path)}");
            }
        });

    /// <summary>Lints the rendered Dockerfiles (Render already refuses errors; this lists every finding).</summary>
    public Target Lint => _ => _
        .Description("Lint the rendered Dockerfiles and list every finding")
        .DependsOn(Render)
        .Executes(() =>
        {
            var findings = RenderedEntries().SelectMany(f => RenderPipeline.Lint(f.Entry)).ToList();
            foreach (var finding in findings) Output.WriteLine(finding.ToString());
            Output.WriteLine($"lint: {findings.Count(f => f.Severity == DiagnosticSeverity.Error)} error(s), {findings.Count(f => f.Severity == DiagnosticSeverity.Warning)} warning(s)");
            if (findings.Any(f => f.Severity == DiagnosticSeverity.Error)) throw new DiagnosticException(findings.Where(f => f.Severity == DiagnosticSeverity.Error).ToList());
        });

    /// <summary>
    /// The entry folders of the current selection, rendered (once per build run) on first use; engine targets
    /// depend on <see cref="Render"/> and read their folders from here.
    /// </summary>
    protected IReadOnlyList<RenderedFolder> RenderedEntries()
    {
        if (_rendered is not null) return _rendered;
        var settings = RenderSettings.Parse(BaseImageSubstitutions, ImageNamespace);
        foreach (var substitution in settings.Substitutions) Output.WriteLine($"base image substitution: {substitution}");
        var plan = RenderPipeline.Plan(LoadEnvironments(), Selection, ReadProjectFile, settings);
        foreach (var warning in plan.Warnings) Output.WriteLine(warning.ToString());
        var outputRoot = Path.Combine(RootDirectory, ContainersFolder);
        // Another run of the same entries (a second terminal, a parallel CI step) waits here instead of replacing
        // folders under the first one's feet; it then finds them current and leaves them as they are.
        using (RenderLock.Acquire(outputRoot, Output, TimeSpan.FromMinutes(2)))
        {
            _rendered = RenderOutput.Write(plan, outputRoot)
                .Select(r => new RenderedFolder(r.Folder, r.Entry, r.Changed))
                .ToList();
        }
        return _rendered;
    }

    /// <summary>The --environment/--platform/--acceleration selection.</summary>
    protected RenderSelection Selection => new(EnvironmentFilter, PlatformFilter, AccelerationFilter);

    /// <summary>The dependency files the definitions named (relative paths), recorded as they are read: build inputs for the revision.</summary>
    private readonly HashSet<string> _dependencyFiles = new(StringComparer.Ordinal);

    private string? ReadProjectFile(string relativePath)
    {
        lock (_dependencyFiles) _dependencyFiles.Add(relativePath);
        var path = Path.GetFullPath(relativePath, RootDirectory);
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }
}
