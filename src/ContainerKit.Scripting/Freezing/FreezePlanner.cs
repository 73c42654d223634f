using ContainerKit.Definitions;
using ContainerKit.Model;
using ContainerKit.Rendering;
using ContainerKit.Scripting.Rewriting;

namespace ContainerKit.Scripting.Freezing;

/// <summary>
/// Decides what <c>FreezeEnv</c> writes for one environment from what its images have installed: pins for
/// the apt, pip and conda lists written inline in C#, frozen text for the dependency files the definition
/// reads, and warnings for what stays unpinned. Pure: the caller collects the listings and writes the result.
/// </summary>
public static class FreezePlanner
{
    private static readonly string[] AptStages = ["Base", "Build", "Runtime", "Dev"];

    /// <summary>Plans the freeze of <paramref name="definition"/>.</summary>
    /// <param name="definition">The environment.</param>
    /// <param name="installed">The frozen entries with what their images have installed.</param>
    /// <param name="readFile">Reads a dependency file by its path relative to the repository root; null when missing.</param>
    public static FreezePlan Plan(EnvironmentDefinition definition, IReadOnlyList<(MatrixEntry Entry, InstalledPackages Packages)> installed, Func<string, string?> readFile)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(installed);
        var pins = new List<PinTarget>();
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        var warnings = new List<string>();

        var notFrozen = definition.Matrix.Expand().Except(installed.Select(i => i.Entry)).ToList();
        if (notFrozen.Count > 0)
        {
            warnings.Add($"{definition.Name}: the pins also apply to entries that were not frozen ({string.Join(", ", notFrozen)}); freeze every entry to check them");
        }

        PlanApt(definition, installed, pins, warnings);
        var excluded = new[] { definition.Project.Name, definition.Project.Package };
        switch (definition)
        {
            case FromPythonEnvironment python:
                PlanPip(python, installed, readFile, excluded, pins, files, warnings);
                break;
            case FromScratchEnvironment scratch:
                PlanConda(scratch, installed, excluded, pins, files, warnings);
                break;
        }

        return new FreezePlan(DefinitionClasses(definition.GetType()), pins, files, warnings);
    }

    private static void PlanApt(EnvironmentDefinition definition, IReadOnlyList<(MatrixEntry Entry, InstalledPackages Packages)> installed, List<PinTarget> pins, List<string> warnings)
    {
        var versions = installed.Select(i => (i.Entry.Key, i.Packages.Apt)).ToList();
        foreach (var stage in AptStages)
        {
            var names = installed.SelectMany(i => AptList(definition, stage, i.Entry)).Select(p => p.Name).ToList();
            var (agreed, conflicts) = VersionAgreement.Merge(versions, names, "apt package");
            warnings.AddRange(conflicts);
            var missing = names.Where(n => !installed.Any(i => i.Packages.Apt.ContainsKey(n))).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            if (missing.Count > 0)
            {
                warnings.Add($"{definition.Name}: {stage}Apt {string.Join(", ", missing)} not installed in the image{(stage == "Build" ? " (build-stage packages stay in the deps stage)" : "")}; left unpinned");
            }

            pins.Add(new PinTarget($"{stage}Apt", PinStyle.Apt, agreed));
            pins.Add(new PinTarget($"{stage}AptFor", PinStyle.Apt, agreed));
        }
    }

    private static AptPackages AptList(EnvironmentDefinition definition, string stage, MatrixEntry entry) => stage switch
    {
        "Base" => definition.BaseAptFor(entry),
        "Build" => definition.BuildAptFor(entry),
        "Runtime" => definition.RuntimeAptFor(entry),
        _ => definition.DevAptFor(entry),
    };

    private static void PlanPip(
        FromPythonEnvironment definition, IReadOnlyList<(MatrixEntry Entry, InstalledPackages Packages)> installed, Func<string, string?> readFile,
        IReadOnlyList<string> excluded, List<PinTarget> pins, Dictionary<string, string> files, List<string> warnings)
    {
        var byFile = installed.GroupBy(i => definition.PipFor(i.Entry).SourceFile);
        foreach (var group in byFile)
        {
            var entries = group.ToList();
            var pip = entries.Select(e => (e.Entry.Key, e.Packages.Pip)).ToList();
            if (group.Key is null)
            {
                var names = entries.SelectMany(e => definition.PipFor(e.Entry)).Select(r => PackagePin.PipName(r.Text)).OfType<string>();
                var (agreed, conflicts) = VersionAgreement.Merge(pip, InstalledNames(pip, names), "pip package");
                warnings.AddRange(conflicts);
                pins.Add(new PinTarget("Pip", PinStyle.Pip, agreed));
                pins.Add(new PinTarget("PipFor", PinStyle.Pip, agreed));
                continue;
            }

            if (readFile(group.Key) is not { } text)
            {
                warnings.Add($"{definition.Name}: {group.Key} does not exist; not frozen");
                continue;
            }

            var (installedVersions, fileConflicts) = VersionAgreement.Merge(pip, pip.SelectMany(p => p.Pip.Keys), "pip package");
            warnings.AddRange(fileConflicts.Select(c => $"{group.Key}: {c}"));
            var before = entries.SelectMany(e => e.Packages.PipBefore).GroupBy(b => b.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
            files[group.Key] = RequirementsLock.Freeze(text, installedVersions, before, excluded);
        }
    }

    private static void PlanConda(
        FromScratchEnvironment definition, IReadOnlyList<(MatrixEntry Entry, InstalledPackages Packages)> installed,
        IReadOnlyList<string> excluded, List<PinTarget> pins, Dictionary<string, string> files, List<string> warnings)
    {
        var exports = installed.Where(i => i.Packages.Conda is not null).Select(i => (i.Entry, Export: i.Packages.Conda!)).ToList();
        if (exports.Count < installed.Count)
        {
            warnings.Add($"{definition.Name}: no conda export from {string.Join(", ", installed.Where(i => i.Packages.Conda is null).Select(i => i.Entry))}; conda lists not frozen there");
        }

        foreach (var group in exports.GroupBy(e => definition.CondaFor(e.Entry).SourceFile))
        {
            var entries = group.ToList();
            if (group.Key is not null)
            {
                var texts = entries.Select(e => LockText(e.Export, excluded)).Distinct(StringComparer.Ordinal).ToList();
                if (texts.Count == 1) files[group.Key] = texts[0];
                else warnings.Add($"{definition.Name}: the entries sharing {group.Key} export different environments ({string.Join(", ", entries.Select(e => e.Entry))}); not frozen");
                continue;
            }

            var conda = entries.Select(e => (e.Entry.Key, e.Export.Versions)).ToList();
            var condaNames = entries.SelectMany(e => definition.CondaFor(e.Entry).Dependencies).Select(d => PackagePin.CondaName(d.Text));
            var (agreedConda, condaConflicts) = VersionAgreement.Merge(conda, condaNames, "conda package");
            var pip = entries.Select(e => (e.Entry.Key, e.Export.PipVersions)).ToList();
            var pipNames = entries.SelectMany(e => definition.CondaFor(e.Entry).Pip).Select(r => PackagePin.PipName(r.Text)).OfType<string>();
            var (agreedPip, pipConflicts) = VersionAgreement.Merge(pip, InstalledNames(pip, pipNames), "pip package");
            warnings.AddRange(condaConflicts.Concat(pipConflicts));
            foreach (var member in new[] { "Conda", "CondaFor" })
            {
                pins.Add(new PinTarget(member, PinStyle.Conda, agreedConda) { InitializerMember = "Dependencies" });
                pins.Add(new PinTarget(member, PinStyle.Pip, agreedPip) { InitializerMember = "Pip" });
            }
        }
    }

    // The lock file of a conda environment: the export without the project itself.
    private static string LockText(CondaExport export, IReadOnlyList<string> excluded)
    {
        var skip = excluded.Select(PackagePin.Normalize).ToHashSet(StringComparer.Ordinal);
        var pip = export.Pip.Where(p => PackagePin.PipName(p) is not { } name || !skip.Contains(PackagePin.Normalize(name))).ToList();
        return DependencyFolder.EnvironmentYaml(null, export.Channels, export.Dependencies, pip);
    }


    // pip spells installed names its own way (e.g. typing_extensions): map requested names to installed keys.
    private static IEnumerable<string> InstalledNames(IEnumerable<(string Entry, IReadOnlyDictionary<string, string> Versions)> entries, IEnumerable<string> requested)
    {
        var wanted = requested.Select(PackagePin.Normalize).ToHashSet(StringComparer.Ordinal);
        return entries.SelectMany(e => e.Versions.Keys).Where(k => wanted.Contains(PackagePin.Normalize(k)));
    }

    private static HashSet<string> DefinitionClasses(Type type)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var current = type; current is not null && current.Assembly != typeof(EnvironmentDefinition).Assembly; current = current.BaseType)
        {
            names.Add(current.Name);
        }

        return names;
    }
}
