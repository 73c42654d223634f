using System.Linq.Expressions;

namespace ContainerKit.Targets.Host;

/// <summary>
/// The testable entry point: parses arguments, resolves parameters, plans and runs targets and
/// returns the exit code (0 success, 1 a target failed, 2 invalid usage or input, 130 cancelled by Ctrl-C).
/// </summary>
public static class BuildHost
{
    /// <summary>Runs a build of type <typeparamref name="T"/> with <paramref name="defaultTargets"/> when none is named.</summary>
    public static int Run<T>(HostContext context, params Expression<Func<T, Target>>[] defaultTargets)
        where T : NukeBuild, new() =>
        RunAsync(new T(), context, defaultTargets.Select(TargetName).ToList()).GetAwaiter().GetResult();

    /// <summary>Runs <paramref name="build"/>; never throws for user errors and never exits the process.</summary>
    public static async Task<int> RunAsync(NukeBuild build, HostContext context, IReadOnlyList<string> defaultTargets)
    {
        var output = context.Output;
        try
        {
            var commandLine = CommandLine.Parse(context.Arguments);
            var root = Path.GetFullPath(commandLine.Root ?? context.RootDirectory
                ?? RootDirectoryLocator.Locate(Directory.GetCurrentDirectory(), AppContext.BaseDirectory));
            build.Initialize(root, output, context.Environment, commandLine.Verbosity, context.Interactive, commandLine.Continue, context.StandardOutput);

            var parameters = ParameterMember.Discover(build.GetType());
            var graph = TargetGraph.Create(build);
            commandLine.ReclaimTargets(
                name => parameters.Any(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase) && (Nullable.GetUnderlyingType(p.Type) ?? p.Type) == typeof(bool)),
                graph.ByName.ContainsKey);
            var values = ParameterResolver.Resolve(parameters, commandLine, context.Environment, root);
            if (commandLine.Help)
            {
                HelpWriter.Write(context.StandardOutput ?? output, graph, defaultTargets, parameters, values, build);
                return 0;
            }
            foreach (var value in values)
            {
                value.Member.SetValue(build, ValueConverter.Convert(value));
            }
            var requested = commandLine.Targets.Count > 0 ? commandLine.Targets : defaultTargets;
            if (requested.Count == 0)
            {
                throw new UsageException("No target given and no default target. Run with --help to list targets.");
            }
            var plan = ExecutionPlan.Create(graph, requested, commandLine.Skip);
            var unmet = RequirementCheck.Unmet(plan, parameters);
            if (commandLine.Plan)
            {
                PlanWriter.Write(context.StandardOutput ?? output, plan, unmet);
                return 0;
            }
            if (unmet.Count > 0)
            {
                throw new UsageException(string.Join(Environment.NewLine + "error: ", unmet));
            }
            var results = await new TargetExecutor(output, commandLine.Verbosity, commandLine.Continue, context.CancellationToken).RunAsync(plan);
            SummaryWriter.Write(output, results, context.Interactive);
            return results.Select(r => r.ExitCode).DefaultIfEmpty(0).Max();
        }
        catch (UsageException e)
        {
            output.WriteLine($"error: {e.Message}");
            return 2;
        }
    }

    /// <summary>The property name in <c>x =&gt; x.Render</c>.</summary>
    internal static string TargetName<T>(Expression<Func<T, Target>> expression) =>
        expression.Body is MemberExpression member
            ? member.Member.Name
            : throw new ArgumentException($"Expected a target property such as x => x.Render, got {expression}.", nameof(expression));
}
