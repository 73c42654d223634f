using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContainerKit.Analyzers;

/// <summary>
/// CK1090: an environment class overrides both a property <c>X</c> and its per-entry method <c>XFor(MatrixEntry)</c>,
/// and <c>XFor</c> never reads <c>X</c>, so the <c>X</c> override is ignored for every entry. The pairs are found by
/// convention on the environment base classes (a virtual property <c>X</c> and a virtual method <c>XFor(MatrixEntry)</c>
/// declared together), so every pair, present and future, is covered. Composing (<c>PipFor(e) =&gt; [.. Pip, "x"]</c>)
/// and calling <c>base.XFor(e)</c> are reads.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PerEntryOverrideAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The diagnostic id.</summary>
    public const string DiagnosticId = "CK1090";

    private const string DefinitionBaseName = "ContainerKit.Definitions.EnvironmentDefinition";
    private const string MatrixEntryName = "ContainerKit.Model.MatrixEntry";

    /// <summary>The rule: {0} the class, {1} the property, {2} the per-entry method, {3} an example of reading the property.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        DiagnosticId,
        "A per-entry override ignores its property",
        "{0} overrides both {1} and {2}(MatrixEntry), but {2} never reads {1}: {1} is ignored for every entry. Read {1} in {2} (e.g. {3}) or remove the {1} override.",
        "ContainerKit",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The per-entry method XFor(entry) defaults to the property X. A class that overrides both, with an XFor that never reads X (neither X, this.X nor base.XFor(entry)), silently drops X.");

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var definitionBase = start.Compilation.GetTypeByMetadataName(DefinitionBaseName);
            var matrixEntry = start.Compilation.GetTypeByMetadataName(MatrixEntryName);
            if (definitionBase is null || matrixEntry is null) return;
            start.RegisterSymbolAction(c => Analyze(c, definitionBase, matrixEntry), SymbolKind.NamedType);
        });
    }

    private static void Analyze(SymbolAnalysisContext context, INamedTypeSymbol definitionBase, INamedTypeSymbol matrixEntry)
    {
        if (context.Symbol is not INamedTypeSymbol { TypeKind: TypeKind.Class } type || !DerivesFrom(type, definitionBase)) return;
        foreach (var pair in Pairs(type, matrixEntry))
        {
            var property = pair.PropertyOverrideIn(type);
            var method = pair.MethodOverrideIn(type);
            if (property is null || method is null) continue;
            var ownProperty = SymbolEqualityComparer.Default.Equals(property.ContainingType, type);
            var ownMethod = SymbolEqualityComparer.Default.Equals(method.ContainingType, type);
            // Reported once, on the class that declares one of the two (its subclasses inherit the finding).
            if (!ownProperty && !ownMethod) continue;
            if (PropertyReads.ReadsProperty(method, pair, context.Compilation, context.CancellationToken)) continue;

            var location = ownMethod ? method.Locations[0] : property.Locations[0];
            context.ReportDiagnostic(Diagnostic.Create(Rule, location, type.Name, pair.Property.Name, pair.Method.Name, Example(pair.Property)));
        }
    }

    private static bool DerivesFrom(INamedTypeSymbol type, INamedTypeSymbol definitionBase)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(t, definitionBase)) return true;
        }

        return false;
    }

    private static IEnumerable<PerEntryPair> Pairs(INamedTypeSymbol type, INamedTypeSymbol matrixEntry)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            foreach (var member in t.GetMembers())
            {
                if (member is IMethodSymbol method && PerEntryPair.Of(method, matrixEntry) is { } pair) yield return pair;
            }
        }
    }

    private static string Example(IPropertySymbol property)
    {
        var name = property.Name;
        if (property.Type.IsRecord) return $"{name} with {{ ... }}";
        if (property.Type.OriginalDefinition.SpecialType == SpecialType.None && IsDictionary(property.Type)) return $"new Dictionary<string, string>({name}) {{ ... }}";
        return property.Type.AllInterfaces.Any(i => i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
            ? $"[.. {name}, ...]"
            : $"{name} as the default";
    }

    private static bool IsDictionary(ITypeSymbol type) =>
        type.Name == "IReadOnlyDictionary" || type.AllInterfaces.Any(i => i.Name == "IReadOnlyDictionary");
}
