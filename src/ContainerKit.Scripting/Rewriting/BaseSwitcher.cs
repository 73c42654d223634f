using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using CkDiagnostic = ContainerKit.Diagnostics.Diagnostic;
using CkSeverity = ContainerKit.Diagnostics.DiagnosticSeverity;

namespace ContainerKit.Scripting.Rewriting;

/// <summary>
/// Switches a definition class between the from-python and from-scratch bases (<c>EditFromBase</c>):
/// changes the base type, removes the members only the old base has, and adds the new base's
/// required members. Inline pip requirements move with the switch (from-python <c>Pip</c> becomes the pip
/// section of the conda environment and back); otherwise the new members get defaults. Everything else,
/// comments included, is kept.
/// </summary>
public static class BaseSwitcher
{
    /// <summary>Switches <paramref name="className"/> (or every definition class when null) to <paramref name="target"/>.</summary>
    /// <exception cref="ContainerKit.Diagnostics.DiagnosticException">CK1105 when no class derives from the other base.</exception>
    public static SourceEdit Switch(string source, BaseKind target, DslVocabulary vocabulary, string? className = null)
    {
        var old = target == vocabulary.FromPython ? vocabulary.FromScratch : vocabulary.FromPython;
        var root = CSharpSyntaxTree.ParseText(source).GetRoot();
        var classes = root.DescendantNodes().OfType<ClassDeclarationSyntax>()
            .Where(c => className is null || c.Identifier.ValueText == className)
            .Where(c => BaseName(c) is { } name && (name == old.TypeName || name == target.TypeName))
            .ToList();
        if (classes.Count == 0)
        {
            throw new ContainerKit.Diagnostics.DiagnosticException(new CkDiagnostic(
                ScriptingDiagnosticIds.EditNotApplicable, CkSeverity.Error, className ?? "<source>",
                $"no class derives from {old.TypeName} or {target.TypeName}", className,
                "name a definition class deriving from one of the two bases"));
        }

        var edited = root.ReplaceNodes(classes, (original, _) =>
            BaseName(original) == target.TypeName ? original : Rebase(original, old, target, CarriedPip(original, target, vocabulary)));
        return SourceEdit.Compare(source, edited.ToFullString());
    }

    private static string? BaseName(ClassDeclarationSyntax type) =>
        type.BaseList?.Types.FirstOrDefault()?.Type switch
        {
            IdentifierNameSyntax id => id.Identifier.ValueText,
            QualifiedNameSyntax q => q.Right.Identifier.ValueText,
            _ => null,
        };

    // The member that carries the inline pip requirements over to the new base, if there are any.
    private static string? CarriedPip(ClassDeclarationSyntax type, BaseKind target, DslVocabulary vocabulary)
    {
        if (target == vocabulary.FromScratch)
        {
            return ValueOf(type, vocabulary.Pip.Property) is CollectionExpressionSyntax requirements
                ? $"public override {vocabulary.Conda.Type} {vocabulary.Conda.Property} => new() {{ Dependencies = [\"python\", \"pip\"], {vocabulary.Pip.Property} = {requirements.WithoutTrivia()} }};"
                : null;
        }

        var pipSection = (ValueOf(type, vocabulary.Conda.Property) as BaseObjectCreationExpressionSyntax)?.Initializer?.Expressions
            .OfType<AssignmentExpressionSyntax>()
            .FirstOrDefault(a => a.Left is IdentifierNameSyntax { Identifier.ValueText: var name } && name == vocabulary.Pip.Property);
        return pipSection?.Right is CollectionExpressionSyntax section
            ? $"public override {vocabulary.Pip.Type} {vocabulary.Pip.Property} => {section.WithoutTrivia()};"
            : null;
    }

    private static ExpressionSyntax? ValueOf(ClassDeclarationSyntax type, string property) =>
        type.Members.OfType<PropertyDeclarationSyntax>().FirstOrDefault(p => p.Identifier.ValueText == property)?.ExpressionBody?.Expression;

    private static ClassDeclarationSyntax Rebase(ClassDeclarationSyntax type, BaseKind old, BaseKind target, string? carried)
    {
        var baseType = type.BaseList!.Types[0];
        var renamed = type.ReplaceNode(baseType.Type,
            SyntaxFactory.IdentifierName(target.TypeName).WithTriviaFrom(baseType.Type));
        var kept = renamed.Members.Where(m => !old.OwnMembers.Contains(MemberName(m) ?? "", StringComparer.Ordinal)).ToList();
        var existing = kept.Select(MemberName).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var indentation = MemberIndentation(type);
        var carriedMember = carried is null ? null : SyntaxFactory.ParseMemberDeclaration(carried);
        var added = target.RequiredMembers
            .Select(text => SyntaxFactory.ParseMemberDeclaration(text)!)
            .Select(m => carriedMember is not null && MemberName(m) == MemberName(carriedMember) ? carriedMember : m)
            .Where(m => !existing.Contains(MemberName(m) ?? ""))
            .Select((m, i) => m.WithLeadingTrivia(SyntaxFactory.TriviaList(
                    kept.Count > 0 || i > 0 ? [SyntaxFactory.EndOfLine("\n"), SyntaxFactory.Whitespace(indentation)] : [SyntaxFactory.Whitespace(indentation)]))
                .WithTrailingTrivia(SyntaxFactory.EndOfLine("\n")));
        if (kept.Count > 0 && kept[0] != renamed.Members[0])
        {
            kept[0] = kept[0].WithLeadingTrivia(WithoutLeadingBlankLines(kept[0].GetLeadingTrivia()));
        }

        return renamed.WithMembers(SyntaxFactory.List(kept.Concat(added)));
    }

    // The first member keeps its comments but not the blank line that separated it from a removed one.
    private static SyntaxTriviaList WithoutLeadingBlankLines(SyntaxTriviaList trivia)
    {
        var content = trivia.TakeWhile(t => t.IsKind(SyntaxKind.WhitespaceTrivia) || t.IsKind(SyntaxKind.EndOfLineTrivia)).Count();
        return SyntaxFactory.TriviaList(trivia.Where((t, i) => i >= content || !t.IsKind(SyntaxKind.EndOfLineTrivia)));
    }

    private static string? MemberName(MemberDeclarationSyntax member) => member switch
    {
        PropertyDeclarationSyntax p => p.Identifier.ValueText,
        MethodDeclarationSyntax m => m.Identifier.ValueText,
        FieldDeclarationSyntax f => f.Declaration.Variables.FirstOrDefault()?.Identifier.ValueText,
        _ => null,
    };

    private static string MemberIndentation(ClassDeclarationSyntax type)
    {
        var trivia = type.Members.FirstOrDefault()?.GetLeadingTrivia().LastOrDefault(t => t.IsKind(SyntaxKind.WhitespaceTrivia));
        return trivia is { } whitespace && whitespace != default ? whitespace.ToString() : "    ";
    }
}
