using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ContainerKit.Scripting.Compilation;

/// <summary>
/// The hint for an unknown override (CS0115, "no suitable method found to override"): the closest
/// overridable member of the base classes, e.g. <c>RuntimeApts</c> -> <c>RuntimeApt</c>.
/// </summary>
internal static class OverrideSuggestion
{
    /// <summary>The compiler id of "no suitable method found to override".</summary>
    public const string UnknownOverride = "CS0115";

    /// <summary>A hint naming the closest overridable member, or null when <paramref name="diagnostic"/> is not CS0115 or nothing is close.</summary>
    public static string? For(Microsoft.CodeAnalysis.Compilation compilation, Microsoft.CodeAnalysis.Diagnostic diagnostic)
    {
        if (diagnostic.Id != UnknownOverride || diagnostic.Location.SourceTree is not { } tree) return null;
        var member = tree.GetRoot().FindNode(diagnostic.Location.SourceSpan).AncestorsAndSelf().OfType<MemberDeclarationSyntax>().FirstOrDefault();
        if (member is null || compilation.GetSemanticModel(tree).GetDeclaredSymbol(member) is not { } symbol) return null;
        var candidates = Overridable(symbol.ContainingType?.BaseType).Where(m => m.Kind == symbol.Kind).Select(m => m.Name).Distinct().ToList();
        var closest = ContainerKit.Diagnostics.DidYouMean.Closest(symbol.Name, candidates);
        if (closest is null || ContainerKit.Diagnostics.DidYouMean.Distance(symbol.Name.ToLowerInvariant(), closest.ToLowerInvariant()) > Math.Max(2, symbol.Name.Length / 3))
        {
            return null;
        }

        return $"did you mean '{closest}'? ({symbol.ContainingType!.BaseType!.Name} has no overridable {KindName(symbol)} '{symbol.Name}')";
    }

    private static IEnumerable<ISymbol> Overridable(INamedTypeSymbol? type)
    {
        for (; type is not null; type = type.BaseType)
        {
            foreach (var member in type.GetMembers())
            {
                if ((member.IsVirtual || member.IsAbstract || member.IsOverride) && !member.IsSealed && member.CanBeReferencedByName)
                {
                    yield return member;
                }
            }
        }
    }

    private static string KindName(ISymbol symbol) => symbol.Kind switch
    {
        SymbolKind.Property => "property",
        SymbolKind.Method => "method",
        SymbolKind.Event => "event",
        _ => "member",
    };
}
