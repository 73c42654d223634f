namespace ContainerKit.Targets.Host;

/// <summary>Prints <c>--help</c>: usage, targets and parameters (secrets masked), sorted by name.</summary>
internal static class HelpWriter
{
    public static void Write(
        TextWriter output,
        TargetGraph graph,
        IReadOnlyList<string> defaultTargets,
        IReadOnlyList<ParameterMember> parameters,
        IReadOnlyList<ParameterValue> values,
        object build)
    {
        output.WriteLine("Usage: ./build.sh [targets...] [--skip [targets...]] [--plan] [--help] [--continue]");
        output.WriteLine("                  [--verbosity quiet|normal|verbose] [--root DIR] [--parameter value...]");
        output.WriteLine("  --continue  after a failure, run the remaining targets and every matrix entry; without it, entries");
        output.WriteLine("              already building finish and nothing new starts (the exit code reports the failure either way)");
        output.WriteLine($"  Parameter values come from the command line, else the environment variable {ParameterResolver.EnvironmentPrefix}<NAME>");
        output.WriteLine($"  (e.g. {ParameterResolver.EnvironmentPrefix}ENVIRONMENT for --environment; an unprefixed ENVIRONMENT is ignored),");
        output.WriteLine($"  else {ParametersFile.RelativePath}.");
        output.WriteLine();
        output.WriteLine("Targets:");
        var listed = graph.Nodes.Where(n => !n.Definition.IsUnlisted).OrderBy(n => n.Name, StringComparer.Ordinal).ToList();
        var width = listed.Select(n => n.Name.Length).DefaultIfEmpty(0).Max() + 12;
        foreach (var node in listed)
        {
            var name = defaultTargets.Contains(node.Name) ? node.Name + " (default)" : node.Name;
            var dependencies = node.Dependencies.Count == 0 ? "" : $" [depends on: {string.Join(", ", node.Dependencies.Select(d => d.Name))}]";
            output.WriteLine($"  {name.PadRight(width)}{node.Definition.DescriptionText}{dependencies}");
        }
        output.WriteLine();
        output.WriteLine("Parameters:");
        var byMember = values.ToDictionary(v => v.Member);
        foreach (var parameter in parameters.OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            output.WriteLine($"  --{parameter.Name} <{ValueConverter.TypeName(parameter.Type)}>{(parameter.IsSecret ? " (secret)" : "")}");
            if (parameter.Description is not null)
            {
                output.WriteLine($"      {parameter.Description}");
            }
            output.WriteLine($"      value: {CurrentValue(parameter, byMember.GetValueOrDefault(parameter), build)}");
        }
    }

    private static string CurrentValue(ParameterMember parameter, ParameterValue? value, object build)
    {
        if (value is not null)
        {
            var shown = parameter.IsSecret ? "***" : value.Values.Count == 0 ? "true" : string.Join(" ", value.Values);
            return $"{shown} (from {value.Origin})";
        }
        var initial = parameter.GetValue(build);
        var text = initial switch
        {
            null => null,
            string s when s.Length == 0 => null,
            Array { Length: 0 } => null,
            Array array => string.Join(" ", array.Cast<object>()),
            Enum e => e.ToString().ToLowerInvariant(),
            bool b => b ? "true" : "false",
            _ => initial.ToString(),
        };
        return text is null ? "(not set)" : parameter.IsSecret ? "*** (default)" : $"{text} (default)";
    }
}
