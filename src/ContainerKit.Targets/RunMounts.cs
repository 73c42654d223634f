using ContainerKit.Definitions;
using ContainerKit.Diagnostics;
using ContainerKit.Model;
using ContainerKit.Rendering;
using ContainerKit.Validation;

namespace ContainerKit.Targets;

/// <summary>
/// The mounts of one Run, Dev or EmptyInteractive: the entry's declared mounts (render.json) plus <c>--mount</c> values,
/// resolved against the project root. Every problem (CK1059 syntax, CK1054-CK1057, CK1058 a missing host path) is
/// reported at once, before any container starts.
/// </summary>
internal static class RunMounts
{
    public static IReadOnlyList<ResolvedMount> Resolve(RenderManifest manifest, IReadOnlyList<string> options, string projectRoot, bool projectMounted)
    {
        var diagnostics = new List<Diagnostic>();
        var adHoc = new List<Mount>();
        foreach (var option in options)
        {
            if (Mount.ParseOption(option) is { } mount) adHoc.Add(mount);
            else diagnostics.Add(DefinitionRules.MountOption.At("--mount", "not host:container[:ro]", option));
        }
        var declared = manifest.Mounts ?? [];
        // Declared mounts were checked when rendering; checked again together with --mount for overlaps between them.
        var problems = MountChecks.Problems([.. declared, .. adHoc], projectMounted ? manifest.ProjectRootAt : null);
        diagnostics.AddRange(problems.Select(p => p.Rule.At("--mount", p.Message, p.Value)));
        var resolved = declared.Concat(adHoc).Select(m => m.Resolve(projectRoot)).ToList();
        foreach (var mount in resolved.Where(m => !m.IsVolume && !Path.Exists(m.Source)))
        {
            var where = declared.Any(d => d.Target == mount.Target) ? $"{manifest.Environment}/{manifest.Entry} Mounts" : "--mount";
            diagnostics.Add(DefinitionRules.MountMissing.At(where, $"the host path of the {mount.Kind.ToString().ToLowerInvariant()} mount at {mount.Target} does not exist", mount.Source));
        }
        if (diagnostics.Count > 0) throw new DiagnosticException(diagnostics);
        return resolved;
    }
}
