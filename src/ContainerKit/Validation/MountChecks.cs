using ContainerKit.Definitions;
using ContainerKit.Diagnostics;

namespace ContainerKit.Validation;

/// <summary>
/// The checks of mounts, shared by the definition's <c>Mounts</c>/<c>MountsFor</c> (at render time) and <c>--mount</c>
/// (at run time): CK1054 target, CK1055 overlap with the project mount or another mount, CK1056 source, CK1057 variable.
/// Pure: whether a host path exists is the runner's check (CK1058), since rendering needs none to exist.
/// </summary>
public static class MountChecks
{
    /// <summary>The problems of <paramref name="mounts"/>; <paramref name="projectRootAt"/> is the project mount's container path (null when none).</summary>
    public static IReadOnlyList<(DiagnosticRule Rule, string Message, string Value)> Problems(IReadOnlyList<Mount> mounts, string? projectRootAt)
    {
        ArgumentNullException.ThrowIfNull(mounts);
        var problems = new List<(DiagnosticRule, string, string)>();
        var targets = new HashSet<string>(StringComparer.Ordinal);
        var variables = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mount in mounts)
        {
            var target = mount.Target.TrimEnd('/');
            if (!Grammar.IsAbsolutePath(mount.Target) || target.Length == 0)
                problems.Add((DefinitionRules.MountTarget, $"the container path of {Describe(mount)} is not a plain absolute path", mount.Target));
            else if (projectRootAt is not null && Overlap(target, projectRootAt.TrimEnd('/')))
                problems.Add((DefinitionRules.MountOverlap, $"the container path of {Describe(mount)} overlaps the project mount {projectRootAt}", mount.Target));
            else if (!targets.Add(target))
                problems.Add((DefinitionRules.MountOverlap, $"two mounts use the container path of {Describe(mount)}", mount.Target));

            if (mount.Source.IsVolume ? !Grammar.IsVolumeName(mount.Source.Value) : !Grammar.IsHostPath(mount.Source.Value))
                problems.Add((DefinitionRules.MountSource, $"the {(mount.Source.IsVolume ? "volume name" : "host path")} of the mount at {mount.Target} is not plain", mount.Source.Value));

            if (mount.Variable is { } variable)
            {
                if (!Grammar.IsEnvVarName(variable))
                    problems.Add((DefinitionRules.MountVariable, $"the variable of the mount at {mount.Target} is not a valid environment variable name", variable));
                else if (variable == "PROJECT_ROOT_AT" || !variables.Add(variable))
                    problems.Add((DefinitionRules.MountVariable, $"the variable of the mount at {mount.Target} is already set by another mount or the project", variable));
            }
        }
        return problems;
    }

    /// <summary>True when one path is the other or lies inside it.</summary>
    private static bool Overlap(string a, string b) =>
        a == b || a.StartsWith(b + "/", StringComparison.Ordinal) || b.StartsWith(a + "/", StringComparison.Ordinal) || a.Length == 0 || b.Length == 0;

    private static string Describe(Mount mount) => $"the {mount.Kind.ToString().ToLowerInvariant()} mount from {mount.Source}";
}
