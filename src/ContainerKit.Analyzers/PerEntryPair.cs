using Microsoft.CodeAnalysis;

namespace ContainerKit.Analyzers;

/// <summary>
/// A property <c>X</c> and its per-entry method <c>XFor(MatrixEntry)</c>, as first declared (virtual or abstract,
/// not overrides) by an environment base class, e.g. <c>Pip</c> and <c>PipFor</c> of <c>FromPythonEnvironment</c>.
/// </summary>
internal sealed class PerEntryPair
{
    private PerEntryPair(IPropertySymbol property, IMethodSymbol method)
    {
        Property = property;
        Method = method;
    }

    /// <summary>The property's first declaration.</summary>
    public IPropertySymbol Property { get; }

    /// <summary>The per-entry method's first declaration.</summary>
    public IMethodSymbol Method { get; }

    /// <summary>The suffix of a per-entry method's name.</summary>
    public const string Suffix = "For";

    /// <summary>The pair that <paramref name="method"/> opens, when it is a virtual <c>XFor(MatrixEntry)</c> of a type that also declares a virtual property <c>X</c>.</summary>
    public static PerEntryPair? Of(IMethodSymbol method, INamedTypeSymbol matrixEntry)
    {
        if (method is not { MethodKind: MethodKind.Ordinary, IsOverride: false, IsStatic: false, Parameters.Length: 1 }
            || !(method.IsVirtual || method.IsAbstract)
            || method.Name.Length <= Suffix.Length
            || !method.Name.EndsWith(Suffix, System.StringComparison.Ordinal)
            || !SymbolEqualityComparer.Default.Equals(method.Parameters[0].Type, matrixEntry))
        {
            return null;
        }

        var name = method.Name.Substring(0, method.Name.Length - Suffix.Length);
        foreach (var member in method.ContainingType.GetMembers(name))
        {
            if (member is IPropertySymbol { IsOverride: false, IsStatic: false, Parameters.Length: 0 } property && (property.IsVirtual || property.IsAbstract))
            {
                return new PerEntryPair(property, method);
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="property"/> is <see cref="Property"/> or an override of it.</summary>
    public bool IsProperty(IPropertySymbol? property)
    {
        for (var p = property; p is not null; p = p.OverriddenProperty)
        {
            if (SymbolEqualityComparer.Default.Equals(p.OriginalDefinition, Property)) return true;
        }

        return false;
    }

    /// <summary>True when <paramref name="method"/> is <see cref="Method"/> or an override of it.</summary>
    public bool IsMethod(IMethodSymbol? method)
    {
        for (var m = method; m is not null; m = m.OverriddenMethod)
        {
            if (SymbolEqualityComparer.Default.Equals(m.OriginalDefinition, Method)) return true;
        }

        return false;
    }

    /// <summary>The override of the property that <paramref name="type"/> sees (its own or a base class's), or null when none overrides it.</summary>
    public IPropertySymbol? PropertyOverrideIn(INamedTypeSymbol type)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            foreach (var member in t.GetMembers(Property.Name))
            {
                if (member is IPropertySymbol { IsOverride: true } candidate && IsProperty(candidate)) return candidate;
            }
        }

        return null;
    }

    /// <summary>The override of the per-entry method that <paramref name="type"/> sees, or null when none overrides it.</summary>
    public IMethodSymbol? MethodOverrideIn(INamedTypeSymbol type)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            foreach (var member in t.GetMembers(Method.Name))
            {
                if (member is IMethodSymbol { IsOverride: true } candidate && IsMethod(candidate)) return candidate;
            }
        }

        return null;
    }
}
