using ContainerKit.Diagnostics;

namespace ContainerKit.Targets.Host;

/// <summary>
/// Finds each parameter's raw value by precedence: command line, environment (<c>CONTAINERKIT_NAME</c> only:
/// an unprefixed shell variable such as <c>ENVIRONMENT</c> never acts as a parameter), <c>.nuke/parameters.json</c>.
/// </summary>
internal static class ParameterResolver
{
    /// <summary>Raw values for the parameters that have a source; unknown names are usage errors.</summary>
    public static IReadOnlyList<ParameterValue> Resolve(
        IReadOnlyList<ParameterMember> members,
        CommandLine commandLine,
        IReadOnlyDictionary<string, string> environment,
        string rootDirectory)
    {
        var byName = members.ToDictionary(m => m.Name, StringComparer.OrdinalIgnoreCase);
        var validOptions = members.Select(m => m.Name).Concat(CommandLine.HostOptions).ToList();
        foreach (var name in commandLine.Parameters.Keys.Where(n => !byName.ContainsKey(n)))
        {
            throw new UsageException($"Unknown parameter '--{name}'.{DidYouMean.Suffix(name, validOptions, "--")} Run with --help to list parameters.");
        }
        var file = ParametersFile.Read(rootDirectory);
        foreach (var name in file.Keys.Where(n => !byName.ContainsKey(n)))
        {
            throw new UsageException($"Unknown parameter '{name}' in {ParametersFile.RelativePath}.{DidYouMean.Suffix(name, members.Select(m => m.Name))}");
        }
        var result = new List<ParameterValue>();
        foreach (var member in members)
        {
            if (commandLine.Parameters.TryGetValue(member.Name, out var cli))
            {
                result.Add(new ParameterValue(member, cli, ParameterSource.CommandLine, "the command line"));
            }
            else if (FromEnvironment(member, environment) is { } fromEnvironment)
            {
                result.Add(fromEnvironment);
            }
            else if (file.TryGetValue(member.Name, out var fromFile))
            {
                result.Add(new ParameterValue(member, fromFile, ParameterSource.ParametersFile, ParametersFile.RelativePath));
            }
        }
        return result;
    }

    /// <summary>The prefix of every environment variable read as a parameter.</summary>
    public const string EnvironmentPrefix = "CONTAINERKIT_";

    /// <summary>The environment variable read for <paramref name="member"/>: <c>CONTAINERKIT_</c> and its name in upper snake case.</summary>
    public static string EnvironmentName(ParameterMember member) => EnvironmentPrefix + NameStyle.UpperSnake(member.Name);

    private static ParameterValue? FromEnvironment(ParameterMember member, IReadOnlyDictionary<string, string> environment)
    {
        var name = EnvironmentName(member);
        return environment.TryGetValue(name, out var value) && value.Length > 0
            ? new ParameterValue(member, [value], ParameterSource.Environment, $"environment variable {name}")
            : null;
    }
}
