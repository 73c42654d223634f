using ContainerKit.Model;
using Platform = ContainerKit.Model.Platform;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ContainerKit.Scripting.Rewriting;

/// <summary>
/// Changes or copies a matrix entry inside a definition's <c>Matrix</c> property by editing the
/// <c>Platform.X</c> / <c>Acceleration.Y</c> member accesses. For each dimension that differs
/// between the entries: <see cref="MatrixEditMode.Change"/> replaces the old value (dropping it
/// where the new one is already listed); <see cref="MatrixEditMode.Copy"/> appends the new value to
/// every argument list or collection that lists the old one, unless it is already there.
/// </summary>
public static class PlatformEditor
{
    /// <summary>Applies the edit to every <paramref name="matrixProperty"/> property in <paramref name="source"/>.</summary>
    /// <exception cref="ContainerKit.Diagnostics.DiagnosticException">CK1105 when no matrix lists the old entry.</exception>
    public static SourceEdit Edit(string source, MatrixEditMode mode, MatrixEntry from, MatrixEntry to, string matrixProperty = "Matrix")
    {
        var root = CSharpSyntaxTree.ParseText(source).GetRoot();
        var matrices = root.DescendantNodes().OfType<PropertyDeclarationSyntax>()
            .Where(p => p.Identifier.ValueText == matrixProperty).ToList();
        if (matrices.Count == 0 || !matrices.Any(m => Mentions(m, from)))
        {
            throw new ContainerKit.Diagnostics.DiagnosticException(new ContainerKit.Diagnostics.Diagnostic(
                ScriptingDiagnosticIds.EditNotApplicable, ContainerKit.Diagnostics.DiagnosticSeverity.Error,
                matrixProperty, "no matrix property lists the entry to edit", from.Key,
                $"the {matrixProperty} property must name {nameof(Platform)}.{from.Platform} and {nameof(Acceleration)}.{from.Acceleration}"));
        }

        var dimensions = new List<(string Type, string From, string To)>();
        if (from.Platform != to.Platform)
        {
            dimensions.Add((nameof(Platform), from.Platform.ToString(), to.Platform.ToString()));
        }

        if (from.Acceleration != to.Acceleration)
        {
            dimensions.Add((nameof(Acceleration), from.Acceleration.ToString(), to.Acceleration.ToString()));
        }

        var edited = root.ReplaceNodes(matrices, (_, matrix) =>
            dimensions.Aggregate(matrix, (current, d) => EditDimension(current, mode, d.Type, d.From, d.To)));
        return SourceEdit.Compare(source, edited.ToFullString());
    }

    private static bool Mentions(SyntaxNode matrix, MatrixEntry entry) =>
        FindAll(matrix, nameof(Platform), entry.Platform.ToString()).Any() &&
        FindAll(matrix, nameof(Acceleration), entry.Acceleration.ToString()).Any();

    private static IEnumerable<MemberAccessExpressionSyntax> FindAll(SyntaxNode scope, string type, string member) =>
        scope.DescendantNodes().OfType<MemberAccessExpressionSyntax>().Where(m => IsValue(m, type, member));

    private static bool IsValue(ExpressionSyntax expression, string type, string member) =>
        expression is MemberAccessExpressionSyntax { Expression: var target, Name.Identifier.ValueText: var name } &&
        name == member &&
        target.ToString().Split('.')[^1] == type;

    private static PropertyDeclarationSyntax EditDimension(
        PropertyDeclarationSyntax matrix, MatrixEditMode mode, string type, string from, string to)
    {
        // Each list that names the old value is edited as a whole so the separators stay right.
        var lists = FindAll(matrix, type, from).Select(m => m.Parent?.Parent).OfType<SyntaxNode>()
            .Where(l => l is ArgumentListSyntax or CollectionExpressionSyntax or InitializerExpressionSyntax)
            .Distinct().ToList();
        var edited = matrix.ReplaceNodes(lists, (_, list) => EditList(list, mode, type, from, to));
        // Single values outside lists (e.g. `entry.Acceleration == Acceleration.Cuda`) are only changed.
        return mode == MatrixEditMode.Change
            ? edited.ReplaceNodes(FindAll(edited, type, from), (old, _) => Renamed(old, to))
            : edited;
    }

    private static SyntaxNode EditList(SyntaxNode list, MatrixEditMode mode, string type, string from, string to)
    {
        var items = Items(list);
        var hasNew = items.Any(i => IsValue(i, type, to));
        if (mode == MatrixEditMode.Copy)
        {
            if (hasNew)
            {
                return list;
            }

            var template = (MemberAccessExpressionSyntax)items.First(i => IsValue(i, type, from));
            return Append(list, Renamed(template, to).WithoutTrivia());
        }

        return hasNew ? Remove(list, items.First(i => IsValue(i, type, from))) : list;
    }

    private static MemberAccessExpressionSyntax Renamed(MemberAccessExpressionSyntax access, string member) =>
        access.WithName(SyntaxFactory.IdentifierName(member).WithTriviaFrom(access.Name));

    private static List<ExpressionSyntax> Items(SyntaxNode list) => list switch
    {
        ArgumentListSyntax a => a.Arguments.Select(x => x.Expression).ToList(),
        CollectionExpressionSyntax c => c.Elements.OfType<ExpressionElementSyntax>().Select(x => x.Expression).ToList(),
        InitializerExpressionSyntax i => i.Expressions.ToList(),
        _ => [],
    };

    private static SyntaxNode Append(SyntaxNode list, ExpressionSyntax value) => list switch
    {
        ArgumentListSyntax a => a.WithArguments(AppendTo(a.Arguments, SyntaxFactory.Argument(value))),
        CollectionExpressionSyntax c => c.WithElements(AppendTo(c.Elements, (CollectionElementSyntax)SyntaxFactory.ExpressionElement(value))),
        InitializerExpressionSyntax i => i.WithExpressions(AppendTo(i.Expressions, value)),
        _ => list,
    };

    private static SyntaxNode Remove(SyntaxNode list, ExpressionSyntax value) => list switch
    {
        ArgumentListSyntax a => a.WithArguments(a.Arguments.Remove((ArgumentSyntax)value.Parent!)),
        CollectionExpressionSyntax c => c.WithElements(c.Elements.Remove((CollectionElementSyntax)value.Parent!)),
        InitializerExpressionSyntax i => i.WithExpressions(i.Expressions.Remove(value)),
        _ => list,
    };

    // New items reuse the list's own spacing: the separator and indentation of its items, and a
    // trailing comma when the list has one.
    private static SeparatedSyntaxList<TNode> AppendTo<TNode>(SeparatedSyntaxList<TNode> items, TNode item)
        where TNode : SyntaxNode
    {
        if (items.Count == 0)
        {
            return items.Add(item);
        }

        var leading = items[items.Count > 1 ? 1 : 0].GetLeadingTrivia();
        var separators = Enumerable.Range(0, items.SeparatorCount).Select(items.GetSeparator).ToList();
        var nodes = items.ToList();
        if (items.SeparatorCount == items.Count)
        {
            nodes.Add(item.WithLeadingTrivia(leading));
            separators.Add(separators[^1]);
        }
        else
        {
            var last = nodes[^1];
            nodes[^1] = last.WithoutTrailingTrivia();
            nodes.Add(item.WithLeadingTrivia(leading).WithTrailingTrivia(last.GetTrailingTrivia()));
            separators.Add(separators.Count > 0
                ? separators[0]
                : SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space));
        }

        return SyntaxFactory.SeparatedList(nodes, separators);
    }
}
