namespace ContainerKit.Targets.Host;

/// <summary>Prints <c>--plan</c>: the execution order and what would be skipped, running nothing.</summary>
internal static class PlanWriter
{
    public static void Write(TextWriter output, ExecutionPlan plan, IReadOnlyList<string> unmetRequirements)
    {
        output.WriteLine($"Plan for {string.Join(" ", plan.Requested.Select(n => n.Name))}:");
        var number = 1;
        foreach (var step in plan.Steps)
        {
            var note = step.SkipReason is null ? "" : $"  (skipped: {step.SkipReason})";
            output.WriteLine($"  {number++,2}. {step.Node.Name}{note}");
        }
        foreach (var message in unmetRequirements)
        {
            output.WriteLine($"  unmet: {message}");
        }
    }
}
