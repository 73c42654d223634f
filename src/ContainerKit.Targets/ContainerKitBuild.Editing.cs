using ContainerKit.Definitions;
using ContainerKit.Diagnostics;
using ContainerKit.Docker;
using ContainerKit.Docker.Engine;
using ContainerKit.Model;
using ContainerKit.Rendering;
using ContainerKit.Scripting.Compilation;
using ContainerKit.Scripting.Freezing;
using ContainerKit.Scripting.Rewriting;
using ContainerKit.Scripting.Scripts;
using ContainerKit.Targets.Host;
using ContainerKit.Validation;

namespace ContainerKit.Targets;

/// <summary>Source-editing targets: freeze, platform and base edits (issue 5). Every edit is compiled before a file is written.</summary>
public abstract partial class ContainerKitBuild
{
    /// <summary>The build project folder whose definitions the editing targets rewrite.</summary>
    public const string BuildProjectFolder = "build";

    /// <summary>EditPlatform: the entry to replace.</summary>
    [Parameter("EditPlatform: the matrix entry to replace, e.g. amd64-cuda (with --to)")]
    public string? Change { get; set; }

    /// <summary>EditPlatform: the entry to copy.</summary>
    [Parameter("EditPlatform: the matrix entry to copy, e.g. amd64-cpu (with --to)")]
    public string? Copy { get; set; }

    /// <summary>EditPlatform: the new entry; EditFromBase: the new base.</summary>
    [Parameter("EditPlatform: the new matrix entry (e.g. arm64-cuda); EditFromBase: the new base (from-python or from-scratch)")]
    public string? To { get; set; }

    /// <summary>FreezeEnv: report instead of writing.</summary>
    [Parameter("FreezeEnv: write nothing; list what a freeze would change and fail (exit 1) when something would, 0 when everything is pinned (for CI)")]
    public bool Check { get; set; }

    /// <summary>Pins the definitions to what the built images have installed, and their base images to digests.</summary>
    public Target FreezeEnv => _ => _
        .Description("Pin apt, pip and conda packages to the versions installed in the built dev images (inline C# lists rewritten, dependency files frozen) and each base image to its digest; --check writes nothing and exits 1 when something would change")
        .DependsOn(Render)
        .After(BuildGeneric)
        .Executes(ct => UseEngineAsync(async engine =>
        {
            var definitions = LoadEnvironments().ToDictionary(d => d.Name, StringComparer.Ordinal);
            var plans = new List<FreezePlan>();
            var warnings = new List<string>();
            var basePins = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var environment in RenderedEntries().GroupBy(f => f.Entry.Environment))
            {
                var definition = definitions[environment.Key];
                var installed = new List<(MatrixEntry, InstalledPackages)>();
                foreach (var folder in environment)
                {
                    installed.Add((folder.Entry.Entry, await ReadInstalledAsync(engine, definition, folder, ct)));
                }
                plans.Add(FreezePlanner.Plan(definition, installed, ReadProjectFile));
                foreach (var (reference, entries) in BaseImagePins.Unpinned(definition, environment.Select(f => f.Entry.Entry)))
                {
                    if (await engine.ResolveDigestAsync(reference, ct) is { } digest) basePins[reference] = BaseImagePins.Pin(reference, digest);
                    else warnings.Add(BaseImagePins.Unresolved(definition.Name, reference, entries));
                }
            }

            foreach (var warning in plans.SelectMany(p => p.Warnings).Concat(warnings)) Output.WriteLine("warning: " + warning);
            var classNames = plans.SelectMany(p => p.ClassNames).ToHashSet(StringComparer.Ordinal);
            SourceEdit Rewrite(string text) => SourceEdit.Compare(text, BaseImageRewriter.Apply(
                plans.Aggregate(text, (current, plan) => PinRewriter.Apply(current, plan.Pins, plan.ClassNames).Text), basePins, classNames).Text);
            var files = plans.SelectMany(p => p.Files).Where(f => ReadProjectFile(f.Key) != f.Value).ToList();
            if (Check)
            {
                var changes = PreviewDefinitions(Rewrite)
                    .Concat(files.Select(f => (Path: f.Key, Before: ReadProjectFile(f.Key) ?? "", After: f.Value)))
                    .ToList();
                foreach (var (path, before, after) in changes) WriteChange(path, before, after);
                if (changes.Count > 0)
                    throw new TargetExitException(1, $"FreezeEnv --check: {changes.Count} file(s) would change; run ./build.sh FreezeEnv and commit the result");
                Output.WriteLine("FreezeEnv --check: everything is pinned; nothing would change");
                return;
            }

            var edited = EditDefinitions(Rewrite);
            foreach (var (path, text) in files)
            {
                AtomicFile.WriteAllText(Path.GetFullPath(path, RootDirectory), text);
                Output.WriteLine($"froze    {path}");
            }
            if (edited.Count == 0 && files.Count == 0) Output.WriteLine("FreezeEnv: everything was already pinned; no file changed");
        }, ct));

    // The definition files a rewrite would change, with their text before and after; nothing is written.
    private IEnumerable<(string Path, string Before, string After)> PreviewDefinitions(Func<string, SourceEdit> rewrite)
    {
        var sources = IsScriptDefinition
            ? [Path.GetFullPath(Definition!, RootDirectory)]
            : CompilationGuard.SourceFiles(Path.Combine(RootDirectory, BuildProjectFolder));
        foreach (var path in sources)
        {
            var before = File.ReadAllText(path);
            var edit = rewrite(before);
            if (edit.Changed) yield return (Path.GetRelativePath(RootDirectory, path), before, edit.Text);
        }
    }

    // What --check reports of one file: its name and the lines that would go and come.
    private void WriteChange(string path, string before, string after)
    {
        Output.WriteLine($"would change {path}:");
        var old = before.Split('\n');
        var updated = after.Split('\n');
        foreach (var line in old.Except(updated, StringComparer.Ordinal)) Output.WriteLine("  - " + line.Trim());
        foreach (var line in updated.Except(old, StringComparer.Ordinal)) Output.WriteLine("  + " + line.Trim());
    }

    /// <summary>Changes or copies a definition's matrix entry.</summary>
    public Target EditPlatform => _ => _
        .Description("Change (--change E --to F) or copy (--copy E --to F) a matrix entry of one environment (syntax rewrite, compiled before writing)")
        .Requires(() => To)
        .Executes(() =>
        {
            if ((Change is null) == (Copy is null))
            {
                throw Usage("--change/--copy", "give exactly one of --change or --copy", $"{Change}{Copy}", "e.g. --copy amd64-cpu --to arm64-cpu");
            }
            var mode = Change is null ? MatrixEditMode.Copy : MatrixEditMode.Change;
            var from = ParseEntry(mode == MatrixEditMode.Change ? "--change" : "--copy", Change ?? Copy!);
            var to = ParseEntry("--to", To!);
            var definition = SingleDefinition(nameof(EditPlatform));
            if (EditDefinitions(text => PlatformEditor.Edit(text, mode, from, to, definition.GetType().Name), definition.GetType().Name).Count == 0)
            {
                Output.WriteLine($"{definition.Name}: the matrix already lists {to}; no file changed");
            }
        });

    /// <summary>Switches a definition between from-python and from-scratch.</summary>
    public Target EditFromBase => _ => _
        .Description("Switch one environment between the from-python and from-scratch bases (--to from-python|from-scratch; syntax rewrite, compiled before writing)")
        .Requires(() => To)
        .Executes(() =>
        {
            var vocabulary = new DslVocabulary();
            var target = To!.ToLowerInvariant() switch
            {
                "from-python" or "python" => vocabulary.FromPython,
                "from-scratch" or "scratch" => vocabulary.FromScratch,
                _ => throw Usage("--to", "not a base (accepted: from-python, from-scratch)", To, "e.g. --to from-scratch"),
            };
            var definition = SingleDefinition(nameof(EditFromBase));
            var className = definition.GetType().Name;
            var removed = new SortedSet<string>(StringComparer.Ordinal);
            var written = EditDefinitions(text =>
            {
                var edit = BaseSwitcher.Switch(text, target, vocabulary, className);
                removed.UnionWith(SourceDeclarations.MemberNames(text, className).Except(SourceDeclarations.MemberNames(edit.Text, className)));
                return edit;
            }, className);
            if (written.Count == 0) Output.WriteLine($"{definition.Name} already derives from {target.TypeName}; no file changed");
            else if (removed.Count > 0) Output.WriteLine($"note: removed {string.Join(", ", removed)} (members of the old base); the diff shows what they held");
        });

    private async Task<InstalledPackages> ReadInstalledAsync(IContainerEngine engine, EnvironmentDefinition definition, RenderedFolder folder, CancellationToken cancellationToken)
    {
        var image = ImageTagTemplate.Expand(folder.Manifest.Image(ImageRoles.Dev).TagTemplates[0], Revision ?? "latest", null);
        if (await engine.InspectImageAsync(image, cancellationToken) is null)
        {
            throw EngineDiagnostics.Exception(EngineDiagnostics.ImageMissingId, $"{folder.Manifest.Environment}/{folder.Manifest.Entry}",
                "FreezeEnv reads the installed packages from the dev image, which is not built", image,
                $"run ./build.sh BuildGeneric --environment {folder.Manifest.Environment} --platform {folder.Entry.Entry.PlatformName} --acceleration {folder.Entry.Entry.AccelerationName} first");
        }
        var conda = (definition as FromScratchEnvironment)?.CondaEnvironmentName;
        var listing = await engine.ReadInstalledPackagesAsync(image, conda, cancellationToken);
        Output.WriteLine($"read     {image}");
        return InstalledPackages.Parse(listing.Dpkg, listing.PipFreeze, listing.PipBefore, listing.CondaExport);
    }

    /// <summary>
    /// Rewrites the definition sources (the <c>--definition</c> script, else the build project's C# files) and
    /// writes them only when the result compiles; prints and returns the files written.
    /// </summary>
    private IReadOnlyList<string> EditDefinitions(Func<string, SourceEdit> rewrite, string? className = null)
    {
        var written = IsScriptDefinition
            ? EditScript(Path.GetFullPath(Definition!, RootDirectory), rewrite)
            : new DefinitionEditor(new CompilationGuard(BuildReferences()), Path.Combine(RootDirectory, BuildProjectFolder))
                .Edit(rewrite, className is null ? null : FilesDeclaring(className));
        foreach (var file in written) Output.WriteLine($"edited   {Path.GetRelativePath(RootDirectory, file)}");
        return written;
    }

    // A script is checked by compiling and running it the way Render would, from a sibling file so #load paths hold.
    private IReadOnlyList<string> EditScript(string path, Func<string, SourceEdit> rewrite)
    {
        var edit = rewrite(File.ReadAllText(path));
        if (!edit.Changed) return [];
        var check = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileNameWithoutExtension(path)}.{Guid.NewGuid():N}{ScriptDefinitionSuffix}");
        try
        {
            File.WriteAllText(check, edit.Text);
            ScriptLoader().Load(check);
        }
        finally
        {
            File.Delete(check);
        }
        AtomicFile.WriteAllText(path, edit.Text);
        return [path];
    }

    /// <summary>
    /// What the build project compiles against: the assemblies beside the running build (<c>.nuke/temp/build-bin</c>),
    /// except the build's own.
    /// </summary>
    protected ReferenceSet BuildReferences()
    {
        var build = GetType().Assembly;
        return ReferenceSet.FromDirectory(Path.GetDirectoryName(build.Location)!, build.GetName().Name);
    }

    private IEnumerable<string> FilesDeclaring(string className)
    {
        var files = CompilationGuard.SourceFiles(Path.Combine(RootDirectory, BuildProjectFolder))
            .Where(f => SourceDeclarations.DeclaresClass(File.ReadAllText(f), className)).ToList();
        return files.Count > 0 ? files : throw Usage(BuildProjectFolder, $"no C# file under {BuildProjectFolder}/ declares class {className}", className,
            "edit definitions that live in the build project, or pass the script with --definition x.env.csx");
    }

    /// <summary>The one environment an editing target acts on (the --environment filter, or the only definition).</summary>
    private EnvironmentDefinition SingleDefinition(string target)
    {
        var all = LoadEnvironments();
        var selected = all.Where(d => EnvironmentFilter.Length == 0 || EnvironmentFilter.Any(f => f.Equals(d.Name, StringComparison.OrdinalIgnoreCase) || f.Equals(d.GetType().Name, StringComparison.OrdinalIgnoreCase))).ToList();
        return selected.Count == 1 ? selected[0] : throw Usage("--environment", $"{target} edits one environment but the selection has {selected.Count}",
            string.Join(" ", EnvironmentFilter), $"name one with --environment (known: {string.Join(", ", all.Select(d => d.Name))})");
    }

    private static MatrixEntry ParseEntry(string option, string value)
    {
        var parts = value.Split('-', 2);
        return parts.Length == 2 && Enum.TryParse<Platform>(parts[0], true, out var platform) && Enum.IsDefined(platform)
            && Acceleration.BuiltInNamed(parts[1]) is { } acceleration
            ? new MatrixEntry(platform, acceleration)
            : throw Usage(option, "not a matrix entry <platform>-<acceleration>", value,
                $"platforms: {string.Join(", ", Enum.GetNames<Platform>().Select(n => n.ToLowerInvariant()))}; accelerations: {string.Join(", ", Acceleration.BuiltIn.Select(a => a.Name))} (variants are edited in the definition)");
    }

    private static DiagnosticException Usage(string location, string message, string? value, string hint) =>
        new(new Diagnostic(DefinitionRules.Selection.Id, DiagnosticSeverity.Error, location, message, value, hint));
}
