using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ContainerKit.Analyzers;

/// <summary>Whether the body of a per-entry override reads its property.</summary>
internal static class PropertyReads
{
    /// <summary>
    /// True when a declaration of <paramref name="method"/> reads the pair's property on this instance (<c>X</c> or
    /// <c>this.X</c>; <c>base.X</c> skips the override and does not count) or calls <c>base.XFor(...)</c> (whose
    /// default returns <c>X</c>); also true when the method has no source to read.
    /// </summary>
    public static bool ReadsProperty(IMethodSymbol method, PerEntryPair pair, Compilation compilation, CancellationToken cancellationToken)
    {
        if (method.DeclaringSyntaxReferences.IsEmpty) return true;
        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            var node = reference.GetSyntax(cancellationToken);
            var model = compilation.GetSemanticModel(node.SyntaxTree);
            foreach (var descendant in node.DescendantNodes())
            {
                if (descendant is IdentifierNameSyntax name && name.Identifier.ValueText == pair.Property.Name && OnThisInstance(name)
                    && pair.IsProperty(model.GetSymbolInfo(name, cancellationToken).Symbol as IPropertySymbol))
                {
                    return true;
                }

                if (descendant is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: BaseExpressionSyntax } access } call
                    && access.Name.Identifier.ValueText == pair.Method.Name
                    && pair.IsMethod(model.GetSymbolInfo(call, cancellationToken).Symbol as IMethodSymbol))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool OnThisInstance(IdentifierNameSyntax name) => name.Parent switch
    {
        MemberAccessExpressionSyntax access when access.Name == name => access.Expression is ThisExpressionSyntax,
        MemberBindingExpressionSyntax => false,
        _ => true,
    };
}
