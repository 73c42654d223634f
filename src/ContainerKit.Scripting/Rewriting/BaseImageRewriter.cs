using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ContainerKit.Scripting.Rewriting;

/// <summary>
/// Pins base images to their digests: the string literal of each <c>BaseImage.Parse("name:tag")</c> whose value has a
/// pin becomes <c>"name:tag@sha256:..."</c>. Trivia, comments and the rest of the call (e.g. <c>.WithEntrypoint(...)</c>)
/// are kept; a second run changes nothing.
/// </summary>
public sealed class BaseImageRewriter : CSharpSyntaxRewriter
{
    private readonly IReadOnlyDictionary<string, string> _pins;
    private readonly IReadOnlySet<string>? _classNames;

    private BaseImageRewriter(IReadOnlyDictionary<string, string> pins, IReadOnlySet<string>? classNames)
    {
        _pins = pins;
        _classNames = classNames;
    }

    /// <summary>Rewrites the base image literals of <paramref name="source"/>.</summary>
    /// <param name="source">A C# file or script.</param>
    /// <param name="pins">Reference as written to its pinned form (<c>debian:bookworm-slim</c> to <c>debian:bookworm-slim@sha256:...</c>).</param>
    /// <param name="classNames">Only these classes are edited; every class when null.</param>
    public static SourceEdit Apply(string source, IReadOnlyDictionary<string, string> pins, IReadOnlySet<string>? classNames = null)
    {
        ArgumentNullException.ThrowIfNull(pins);
        if (pins.Count == 0) return SourceEdit.Compare(source, source);
        var root = CSharpSyntaxTree.ParseText(source).GetRoot();
        return SourceEdit.Compare(source, new BaseImageRewriter(pins, classNames).Visit(root).ToFullString());
    }

    /// <inheritdoc />
    public override SyntaxNode? VisitClassDeclaration(ClassDeclarationSyntax node) =>
        _classNames is null || _classNames.Contains(node.Identifier.ValueText) ? base.VisitClassDeclaration(node) : node;

    /// <inheritdoc />
    public override SyntaxNode? VisitLiteralExpression(LiteralExpressionSyntax node)
    {
        if (!node.IsKind(SyntaxKind.StringLiteralExpression)
            || node.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } }
            || invocation.Expression is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Parse" } access
            || access.Expression.ToString() is not ("BaseImage" or "ContainerKit.Definitions.BaseImage")
            || !_pins.TryGetValue(node.Token.ValueText, out var pinned))
        {
            return node;
        }

        return SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(pinned)).WithTriviaFrom(node);
    }
}
