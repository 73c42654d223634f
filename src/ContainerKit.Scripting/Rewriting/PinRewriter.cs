using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ContainerKit.Scripting.Rewriting;

/// <summary>
/// Pins package string literals in definition members (properties and methods; collection expressions,
/// array and collection initializers, <c>new(...)</c> arguments, object-initializer lists such as
/// <c>Conda =&gt; new() { Pip = [...] }</c>) to installed versions. Trivia, comments and layout are kept; a
/// second run with the same versions changes nothing.
/// </summary>
public sealed class PinRewriter : CSharpSyntaxRewriter
{
    private readonly ILookup<string, PinTarget> _targets;
    private readonly IReadOnlySet<string>? _classNames;
    private IReadOnlyList<PinTarget> _current = [];

    private PinRewriter(IEnumerable<PinTarget> targets, IReadOnlySet<string>? classNames)
    {
        _targets = targets.ToLookup(t => t.MemberName, StringComparer.Ordinal);
        _classNames = classNames;
    }

    /// <summary>Pins the literals of the <paramref name="targets"/> members in <paramref name="source"/>.</summary>
    /// <param name="source">A C# file or script.</param>
    /// <param name="targets">What to pin.</param>
    /// <param name="classNames">Only members of these classes are edited; every class when null.</param>
    public static SourceEdit Apply(string source, IEnumerable<PinTarget> targets, IReadOnlySet<string>? classNames = null)
    {
        var root = CSharpSyntaxTree.ParseText(source).GetRoot();
        return SourceEdit.Compare(source, new PinRewriter(targets, classNames).Visit(root).ToFullString());
    }

    /// <inheritdoc />
    public override SyntaxNode? VisitClassDeclaration(ClassDeclarationSyntax node) =>
        _classNames is null || _classNames.Contains(node.Identifier.ValueText) ? base.VisitClassDeclaration(node) : node;

    /// <inheritdoc />
    public override SyntaxNode? VisitPropertyDeclaration(PropertyDeclarationSyntax node) =>
        WithinMember(node.Identifier.ValueText, () => base.VisitPropertyDeclaration(node));

    /// <inheritdoc />
    public override SyntaxNode? VisitMethodDeclaration(MethodDeclarationSyntax node) =>
        WithinMember(node.Identifier.ValueText, () => base.VisitMethodDeclaration(node));

    /// <inheritdoc />
    public override SyntaxNode? VisitLiteralExpression(LiteralExpressionSyntax node)
    {
        if (_current.Count == 0 || !node.IsKind(SyntaxKind.StringLiteralExpression) || !IsListElement(node))
        {
            return node;
        }

        var assigned = InitializerMember(node);
        var target = _current.FirstOrDefault(t => t.InitializerMember == assigned);
        var pinned = target is null ? null : PackagePin.Pin(node.Token.ValueText, target.Style, target.Versions);
        return pinned is null || pinned == node.Token.ValueText
            ? node
            : SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(pinned)).WithTriviaFrom(node);
    }

    private SyntaxNode? WithinMember(string name, Func<SyntaxNode?> visit)
    {
        _current = _targets[name].ToList();
        try
        {
            return visit();
        }
        finally
        {
            _current = [];
        }
    }

    // The member assigned in the nearest enclosing object initializer (`Pip` in `new() { Pip = [...] }`).
    private static string? InitializerMember(SyntaxNode literal) =>
        literal.Ancestors().OfType<AssignmentExpressionSyntax>()
            .FirstOrDefault(a => a.Parent is InitializerExpressionSyntax { RawKind: (int)SyntaxKind.ObjectInitializerExpression })
            ?.Left is IdentifierNameSyntax name ? name.Identifier.ValueText : null;

    private static bool IsListElement(SyntaxNode literal) => literal.Parent switch
    {
        ExpressionElementSyntax => true,
        InitializerExpressionSyntax i => !i.IsKind(SyntaxKind.ObjectInitializerExpression),
        ArgumentSyntax { Parent: ArgumentListSyntax { Parent: BaseObjectCreationExpressionSyntax } } => true,
        _ => false,
    };
}
