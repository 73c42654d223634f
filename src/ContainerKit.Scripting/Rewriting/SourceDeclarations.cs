using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ContainerKit.Scripting.Rewriting;

/// <summary>Questions about what a C# source declares, answered from its syntax alone.</summary>
public static class SourceDeclarations
{
    /// <summary>True when <paramref name="source"/> declares a class named <paramref name="className"/>.</summary>
    public static bool DeclaresClass(string source, string className) =>
        CSharpSyntaxTree.ParseText(source).GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>()
            .Any(c => c.Identifier.ValueText == className);

    /// <summary>The names of the properties and methods <paramref name="className"/> declares in <paramref name="source"/>.</summary>
    public static IReadOnlySet<string> MemberNames(string source, string className) =>
        CSharpSyntaxTree.ParseText(source).GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>()
            .Where(c => c.Identifier.ValueText == className)
            .SelectMany(c => c.Members)
            .Select(m => m switch
            {
                PropertyDeclarationSyntax p => p.Identifier.ValueText,
                MethodDeclarationSyntax method => method.Identifier.ValueText,
                _ => null,
            })
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
}
