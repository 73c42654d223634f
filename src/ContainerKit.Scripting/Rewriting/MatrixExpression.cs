using ContainerKit.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Platform = ContainerKit.Model.Platform;

namespace ContainerKit.Scripting.Rewriting;

/// <summary>
/// Reads and writes the <c>Matrix</c> expressions of the DSL without running them:
/// <c>Matrix.Platforms(...).Accelerations(...)</c>, <c>.Except(...)</c>, <c>.With(...)</c> and <c>Matrix.Entries(...)</c>,
/// with <c>Platform.X</c> / <c>Acceleration.Y</c> (or <c>Acceleration.CudaVariant("name")</c>) values and <c>new(Platform.X, Acceleration.Y)</c> entries.
/// </summary>
internal static class MatrixExpression
{
    /// <summary>The entries <paramref name="expression"/> expands to, in the DSL's order; null when it is not a literal matrix chain.</summary>
    public static IReadOnlyList<MatrixEntry>? TryEvaluate(ExpressionSyntax expression)
    {
        var state = Evaluate(expression);
        return state?.Expand();
    }

    /// <summary>
    /// The shorter of two chains that expand to <paramref name="entries"/>: the cross product of their platforms and
    /// accelerations less what is missing, or the entries listed one by one.
    /// </summary>
    public static ExpressionSyntax Write(IReadOnlyList<MatrixEntry> entries)
    {
        var platforms = entries.Select(e => e.Platform).Distinct().ToList();
        var accelerations = entries.Select(e => e.Acceleration).Distinct().ToList();
        var missing = platforms.SelectMany(p => accelerations.Select(a => new MatrixEntry(p, a))).Except(entries).ToList();
        var text = missing.Count >= entries.Count
            ? $"Matrix.Entries({EntryList(entries)})"
            : $"Matrix.Platforms({string.Join(", ", platforms.Select(p => $"{nameof(Platform)}.{p}"))})"
              + $".Accelerations({string.Join(", ", accelerations.Select(AccelerationSyntax.Write))})"
              + (missing.Count == 0 ? "" : $".Except({EntryList(missing)})");
        return SyntaxFactory.ParseExpression(text);
    }

    // Spelled with the type: a lone target-typed new() would target the params array.
    private static string EntryList(IEnumerable<MatrixEntry> entries) =>
        string.Join(", ", entries.Select(e => $"new {nameof(MatrixEntry)}({nameof(Platform)}.{e.Platform}, {AccelerationSyntax.Write(e.Acceleration)})"));

    private sealed record State(IReadOnlyList<Platform> Platforms, IReadOnlyList<Acceleration> Accelerations, IReadOnlyList<MatrixEntry> Excluded, IReadOnlyList<MatrixEntry> Included)
    {
        // Mirrors ContainerKit.Definitions.Matrix.Expand.
        public IReadOnlyList<MatrixEntry> Expand() =>
            Platforms.SelectMany(p => Accelerations.Select(a => new MatrixEntry(p, a)))
                .Concat(Included).Where(e => !Excluded.Contains(e)).Distinct().ToList();
    }

    private static State? Evaluate(ExpressionSyntax expression)
    {
        if (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            return Evaluate(parenthesized.Expression);
        }

        if (expression is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax call } invocation)
        {
            return null;
        }

        var arguments = invocation.ArgumentList.Arguments.SelectMany(a => Flatten(a.Expression)).ToList();
        var method = call.Name.Identifier.ValueText;
        if (call.Expression.ToString().Split('.')[^1] == "Matrix")
        {
            return method switch
            {
                "Platforms" => Values<Platform>(arguments) is { } p ? new State(p, [Acceleration.Cpu], [], []) : null,
                "Entries" => Entries(arguments) is { } e ? new State([], [], [], e) : null,
                _ => null,
            };
        }

        var inner = Evaluate(call.Expression);
        return (inner, method) switch
        {
            (null, _) => null,
            (_, "Accelerations") => Accelerations(arguments) is { } a ? inner with { Accelerations = a } : null,
            (_, "Except") => Entries(arguments) is { } e ? inner with { Excluded = [.. inner.Excluded, .. e] } : null,
            (_, "With") => Entries(arguments) is { } w ? inner with { Included = [.. inner.Included, .. w] } : null,
            _ => null,
        };
    }

    // A params argument may also be passed as one collection expression.
    private static IEnumerable<ExpressionSyntax> Flatten(ExpressionSyntax argument) =>
        argument is CollectionExpressionSyntax collection
            ? collection.Elements.OfType<ExpressionElementSyntax>().Select(e => e.Expression)
            : [argument];

    private static List<T>? Values<T>(IEnumerable<ExpressionSyntax> arguments)
        where T : struct, Enum
    {
        var values = new List<T>();
        foreach (var argument in arguments)
        {
            if (Value<T>(argument) is not { } value) return null;
            values.Add(value);
        }

        return values;
    }

    private static List<Acceleration>? Accelerations(IEnumerable<ExpressionSyntax> arguments)
    {
        var values = new List<Acceleration>();
        foreach (var argument in arguments)
        {
            if (AccelerationSyntax.Read(argument) is not { } value) return null;
            values.Add(value);
        }

        return values;
    }

    private static T? Value<T>(ExpressionSyntax expression)
        where T : struct, Enum =>
        expression is MemberAccessExpressionSyntax access
        && access.Expression.ToString().Split('.')[^1] == typeof(T).Name
        && Enum.TryParse<T>(access.Name.Identifier.ValueText, ignoreCase: false, out var value)
            ? value
            : null;

    private static List<MatrixEntry>? Entries(IEnumerable<ExpressionSyntax> arguments)
    {
        var entries = new List<MatrixEntry>();
        foreach (var argument in arguments)
        {
            var parts = (argument as BaseObjectCreationExpressionSyntax)?.ArgumentList?.Arguments;
            if (parts is not { Count: 2 } pair || Value<Platform>(pair[0].Expression) is not { } platform || AccelerationSyntax.Read(pair[1].Expression) is not { } acceleration)
            {
                return null;
            }

            entries.Add(new MatrixEntry(platform, acceleration));
        }

        return entries;
    }
}
