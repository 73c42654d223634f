using System.Collections;
using System.Linq.Expressions;

namespace ContainerKit.Targets.Host;

/// <summary>Evaluates <c>Requires(..)</c> of the targets that will run, before any of them starts.</summary>
internal static class RequirementCheck
{
    /// <summary>One message per unmet requirement; empty when all hold.</summary>
    public static IReadOnlyList<string> Unmet(ExecutionPlan plan, IReadOnlyList<ParameterMember> parameters)
    {
        var messages = new List<string>();
        foreach (var step in plan.Steps.Where(s => s.SkipReason is null))
        {
            foreach (var requirement in step.Node.Definition.Requirements)
            {
                var value = requirement.Compile(preferInterpretation: true).DynamicInvoke();
                if (IsMet(value))
                {
                    continue;
                }
                var member = MemberName(requirement.Body);
                var parameter = parameters.FirstOrDefault(p => p.Member.Name == member);
                messages.Add(parameter is not null
                    ? $"Target {step.Node.Name} requires parameter --{parameter.Name} (command line, {ParameterResolver.EnvironmentName(parameter)}, or {ParametersFile.RelativePath})."
                    : $"Target {step.Node.Name} requires: {requirement.Body}.");
            }
        }
        return messages;
    }

    private static bool IsMet(object? value) => value switch
    {
        null => false,
        bool flag => flag,
        string text => text.Length > 0,
        ICollection collection => collection.Count > 0,
        _ => true,
    };

    private static string? MemberName(Expression body) => body switch
    {
        UnaryExpression { NodeType: ExpressionType.Convert } convert => MemberName(convert.Operand),
        MemberExpression member => member.Member.Name,
        _ => null,
    };
}
