using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ContainerKit.Scripting.Rewriting;

/// <summary>
/// Pins package string literals in definition properties (collection expressions, array and
/// collection initializers, <c>new(...)</c> arguments) to installed versions. Trivia, comments
/// and layout are kept; a second run with the same versions changes nothing.
/// </summary>
public sealed class PinRewriter : CSharpSyntaxRewriter
{
    private readonly IReadOnlyDictionary<string, PinTarget> _targets;
    private PinTarget? _current;

    private PinRewriter(IEnumerable<PinTarget> targets) =>
        _targets = targets.ToDictionary(t => t.PropertyName, StringComparer.Ordinal);

    /// <summary>Pins the literals of the <paramref name="targets"/> properties in <paramref name="source"/>.</summary>
    public static SourceEdit Apply(string source, IEnumerable<PinTarget> targets)
    {
        var root = CSharpSyntaxTree.ParseText(source).GetRoot();
        return SourceEdit.Compare(source, new PinRewriter(targets).Visit(root).ToFullString());
    }

    /// <inheritdoc />
    public override SyntaxNode? VisitPropertyDeclaration(PropertyDeclarationSyntax node)
    {
        _current = _targets.GetValueOrDefault(node.Identifier.ValueText);
        try
        {
            return base.VisitPropertyDeclaration(node);
        }
        finally
        {
            _current = null;
        }
    }

    /// <inheritdoc />
    public override SyntaxNode? VisitLiteralExpression(LiteralExpressionSyntax node)
    {
        if (_current is null || !node.IsKind(SyntaxKind.StringLiteralExpression) || !IsListElement(node))
        {
            return node;
        }

        var pinned = PackagePin.Pin(node.Token.ValueText, _current.Style, _current.Versions);
        return pinned is null || pinned == node.Token.ValueText
            ? node
            : SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(pinned)).WithTriviaFrom(node);
    }

    private static bool IsListElement(SyntaxNode literal) => literal.Parent switch
    {
        ExpressionElementSyntax => true,
        InitializerExpressionSyntax => true,
        ArgumentSyntax { Parent: ArgumentListSyntax { Parent: BaseObjectCreationExpressionSyntax } } => true,
        _ => false,
    };
}
