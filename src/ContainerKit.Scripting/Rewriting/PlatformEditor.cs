using ContainerKit.Model;
using Platform = ContainerKit.Model.Platform;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ContainerKit.Scripting.Rewriting;

/// <summary>
/// Changes or copies one matrix entry of a definition (<c>EditPlatform</c>). The <c>Matrix</c> property is read
/// without running it (<see cref="MatrixExpression"/>), so the result is exactly the old entries with
/// <c>from</c> replaced by (<see cref="MatrixEditMode.Change"/>) or joined by (<see cref="MatrixEditMode.Copy"/>)
/// <c>to</c>. The edit first tries to rename or append the <c>Platform.X</c> / <c>Acceleration.Y</c> values in
/// place, which keeps the author's layout and comments; when that would add or drop other entries (a cross
/// product), the matrix is rewritten as the shortest chain that gives the wanted entries.
/// </summary>
public static class PlatformEditor
{
    /// <summary>Applies the edit to the <paramref name="matrixProperty"/> of <paramref name="className"/> (every class declaring one when null).</summary>
    /// <exception cref="ContainerKit.Diagnostics.DiagnosticException">CK1105 when no matrix lists the old entry or a matrix is not a literal chain.</exception>
    public static SourceEdit Edit(string source, MatrixEditMode mode, MatrixEntry from, MatrixEntry to, string? className = null, string matrixProperty = "Matrix")
    {
        var root = CSharpSyntaxTree.ParseText(source).GetRoot();
        var classes = root.DescendantNodes().OfType<ClassDeclarationSyntax>()
            .Where(c => className is null ? MatrixOf(c, matrixProperty) is not null : c.Identifier.ValueText == className)
            .ToList();
        if (classes.Count == 0)
        {
            throw NotApplicable(className ?? matrixProperty, className is null ? "no class declares a matrix" : "no class of this name in the source", from.Key,
                $"name a definition class with a {matrixProperty} property");
        }

        var edited = root.ReplaceNodes(classes, (original, _) => EditClass(original, mode, from, to, matrixProperty));
        return SourceEdit.Compare(source, edited.ToFullString());
    }

    private static ClassDeclarationSyntax EditClass(ClassDeclarationSyntax type, MatrixEditMode mode, MatrixEntry from, MatrixEntry to, string matrixProperty)
    {
        var property = MatrixOf(type, matrixProperty);
        var expression = property is null ? null : MatrixValue(property);
        // A class without a matrix has the DSL's default, amd64 x cpu.
        IReadOnlyList<MatrixEntry>? current = property is null ? [new MatrixEntry(Platform.Amd64, Acceleration.Cpu)] : expression is null ? null : MatrixExpression.TryEvaluate(expression);
        if (current is null)
        {
            throw NotApplicable($"{type.Identifier.ValueText}.{matrixProperty}", "the matrix is not a literal Matrix.Platforms(...).Accelerations(...) chain, so it cannot be edited safely",
                property!.ToString(), "edit it by hand, or write it as Matrix.Platforms(...).Accelerations(...)[.Except(...)][.With(...)]");
        }

        if (!current.Contains(from))
        {
            throw NotApplicable($"{type.Identifier.ValueText}.{matrixProperty}", $"the matrix does not list {from.Key} (it lists {string.Join(", ", current)})", from.Key,
                "name an entry of the matrix");
        }

        var wanted = Wanted(current, mode, from, to);
        if (wanted.SequenceEqual(current))
        {
            return type;
        }

        if (property is null)
        {
            var added = SyntaxFactory.ParseMemberDeclaration($"public override Matrix {matrixProperty} => {MatrixExpression.Write(wanted)};\n")!;
            var indentation = type.Members.FirstOrDefault()?.GetLeadingTrivia().LastOrDefault(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).ToString() ?? "    ";
            return type.WithMembers(type.Members.Insert(0, added.WithLeadingTrivia(SyntaxFactory.Whitespace(indentation.Length > 0 ? indentation : "    "))
                .WithTrailingTrivia(SyntaxFactory.EndOfLine("\n"), SyntaxFactory.EndOfLine("\n"))));
        }

        var renamed = RenameInPlace(property, mode, from, to);
        var renamedValue = MatrixValue(renamed);
        var result = renamedValue is not null && MatrixExpression.TryEvaluate(renamedValue) is { } entries && entries.ToHashSet().SetEquals(wanted)
            ? renamed
            : property.ReplaceNode(expression!, MatrixExpression.Write(wanted).WithTriviaFrom(expression!));
        return type.ReplaceNode(property, result);
    }

    private static List<MatrixEntry> Wanted(IReadOnlyList<MatrixEntry> current, MatrixEditMode mode, MatrixEntry from, MatrixEntry to) =>
        mode == MatrixEditMode.Copy
            ? current.Append(to).Distinct().ToList()
            : current.Select(e => e == from ? to : e).Distinct().ToList();

    private static PropertyDeclarationSyntax? MatrixOf(ClassDeclarationSyntax type, string matrixProperty) =>
        type.Members.OfType<PropertyDeclarationSyntax>().FirstOrDefault(p => p.Identifier.ValueText == matrixProperty);

    // `=> expr`, `get => expr` or `get { return expr; }`.
    private static ExpressionSyntax? MatrixValue(PropertyDeclarationSyntax property) =>
        property.ExpressionBody?.Expression
        ?? property.AccessorList?.Accessors.FirstOrDefault(a => a.IsKind(SyntaxKind.GetAccessorDeclaration)) switch
        {
            { ExpressionBody: { } body } => body.Expression,
            { Body.Statements: [ReturnStatementSyntax { Expression: { } value }] } => value,
            _ => null,
        };

    private static PropertyDeclarationSyntax RenameInPlace(PropertyDeclarationSyntax matrix, MatrixEditMode mode, MatrixEntry from, MatrixEntry to)
    {
        var dimensions = new List<(string Type, string From, string To)>();
        if (from.Platform != to.Platform)
        {
            dimensions.Add((nameof(Platform), from.Platform.ToString(), to.Platform.ToString()));
        }

        if (from.Acceleration != to.Acceleration)
        {
            dimensions.Add((nameof(Acceleration), AccelerationSyntax.MemberName(from.Acceleration), AccelerationSyntax.MemberName(to.Acceleration)));
        }

        return dimensions.Aggregate(matrix, (current, d) => EditDimension(current, mode, d.Type, d.From, d.To));
    }

    private static ContainerKit.Diagnostics.DiagnosticException NotApplicable(string location, string message, string value, string hint) =>
        new(new ContainerKit.Diagnostics.Diagnostic(ScriptingDiagnosticIds.EditNotApplicable, ContainerKit.Diagnostics.DiagnosticSeverity.Error, location, message, value, hint));

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
