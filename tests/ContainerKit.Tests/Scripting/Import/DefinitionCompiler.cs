using ContainerKit.Definitions;
using ContainerKit.Scripting.Compilation;
using Microsoft.CodeAnalysis.CSharp;
using NullableContextOptions = Microsoft.CodeAnalysis.NullableContextOptions;
using OutputKind = Microsoft.CodeAnalysis.OutputKind;

namespace ContainerKit.Tests.Scripting.Import;

/// <summary>Compiles a written definition file against ContainerKit and creates its class (shared with the integration tests).</summary>
internal static class DefinitionCompiler
{
    private static readonly ReferenceSet References = ReferenceSet.FromAssemblies([typeof(EnvironmentDefinition).Assembly]);

    /// <summary>The one definition class of <paramref name="source"/>, instantiated.</summary>
    public static EnvironmentDefinition Instantiate(string source)
    {
        var compilation = CSharpCompilation.Create("Imported" + Guid.NewGuid().ToString("N"), [CSharpSyntaxTree.ParseText(source)], References.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var type = System.Reflection.Assembly.Load(image.ToArray()).GetTypes().Single(t => typeof(EnvironmentDefinition).IsAssignableFrom(t));
        return (EnvironmentDefinition)Activator.CreateInstance(type)!;
    }
}
