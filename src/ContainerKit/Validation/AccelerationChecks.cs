using ContainerKit.Definitions;
using ContainerKit.Model;

namespace ContainerKit.Validation;

/// <summary>The checks of a matrix's accelerations (CK1050, CK1051, CK1053) and of one entry's acceleration (CK1052).</summary>
internal static class AccelerationChecks
{
    /// <summary>Names are valid and unique per matrix; a built-in name means the built-in value; device options are well-formed.</summary>
    public static void CheckMatrix(DiagnosticBag bag, IReadOnlyList<MatrixEntry> entries)
    {
        var accelerations = entries.Select(e => e.Acceleration).Distinct().ToList();
        foreach (var acceleration in accelerations)
        {
            if (!Grammar.IsAccelerationName(acceleration.Name))
                bag.Add(DefinitionRules.AccelerationName, "Matrix", "the acceleration name is not a valid tag part", acceleration.Name);
            if (Acceleration.BuiltInNamed(acceleration.Name) is { } builtIn && builtIn != acceleration)
                bag.Add(DefinitionRules.DuplicateAcceleration, "Matrix", $"the name of the built-in Acceleration.{Capitalized(builtIn)} is used by another acceleration ({acceleration.Kind})", acceleration.Name);
            CheckDevices(bag, acceleration);
        }
        foreach (var group in accelerations.GroupBy(a => a.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            bag.Add(DefinitionRules.DuplicateAcceleration, "Matrix",
                $"{group.Count()} different accelerations share the name ({string.Join(", ", group.Select(a => a.Kind))})", group.Key);
        }
    }

    /// <summary>Reports each problem the entry's acceleration finds with the entry and its base as CK1052.</summary>
    public static void CheckEntry(DiagnosticBag bag, MatrixEntry entry, BaseImage baseImage)
    {
        var problems = bag.Read<IReadOnlyList<string>>("Matrix", () => [.. entry.Acceleration.Validate(entry, baseImage)], []);
        foreach (var problem in problems)
            bag.Add(DefinitionRules.AccelerationCheck, "Matrix", $"acceleration {entry.AccelerationName}: {problem}", baseImage.Reference);
    }

    private static void CheckDevices(DiagnosticBag bag, Acceleration acceleration)
    {
        var devices = acceleration.Devices;
        foreach (var device in devices.Devices.Where(d => !Grammar.IsAbsolutePath(d)))
            bag.Add(DefinitionRules.DeviceOptions, "Matrix", $"a device of acceleration {acceleration.Name} is not an absolute path", device);
        foreach (var group in devices.GroupAdd.Where(g => !Grammar.IsAccountName(g)))
            bag.Add(DefinitionRules.DeviceOptions, "Matrix", $"a group of acceleration {acceleration.Name} is not a valid group name", group);
    }

    private static string Capitalized(Acceleration builtIn) => char.ToUpperInvariant(builtIn.Name[0]) + builtIn.Name[1..];
}
