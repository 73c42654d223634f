using System.Text;
using ContainerKit.Model;
using ContainerKit.Scripting.Rewriting;
using Microsoft.CodeAnalysis.CSharp;

namespace ContainerKit.Scripting.Import;

/// <summary>
/// Writes a <see cref="DefinitionDescription"/> as a C# definition class laid out the way a
/// person would write it (short lists on one line, long ones one entry per line).
/// </summary>
public sealed class DefinitionWriter(DslVocabulary vocabulary)
{
    private const int InlineListLimit = 80;

    /// <summary>A writer using the default DSL names.</summary>
    public DefinitionWriter()
        : this(new DslVocabulary())
    {
    }

    /// <summary>The source text of the definition file, ending with a newline.</summary>
    public string Write(DefinitionDescription description, string @namespace = "ContainerKitBuild.Environments")
    {
        var text = new StringBuilder();
        if (description.Origin is not null)
        {
            text.Append($"// Imported from {description.Origin} by ContainerKit Import; review before committing.\n");
        }

        foreach (var import in vocabulary.Namespaces)
        {
            text.Append($"using {import};\n");
        }

        text.Append($"\nnamespace {@namespace};\n\n");
        foreach (var stage in description.UnmappedStages)
        {
            text.Append($"// TODO: stage '{stage}' of the source Dockerfile has no counterpart here; add it as a custom stage.\n");
        }

        var kind = description.FromScratch ? vocabulary.FromScratch : vocabulary.FromPython;
        text.Append($"public sealed class {description.ClassName} : {kind.TypeName}\n{{\n");
        var members = new List<string>
        {
            Matrix(description),
            $"public override {vocabulary.BaseImage} {vocabulary.BaseMethod}(MatrixEntry entry) => {BaseImage(description)};",
            List(vocabulary.AptPackages, vocabulary.AptProperties.Build, description.BuildApt),
            List(vocabulary.AptPackages, vocabulary.AptProperties.Runtime, description.RuntimeApt),
            List(vocabulary.AptPackages, vocabulary.AptProperties.Dev, description.DevApt),
            description.FromScratch
                ? $"public override {vocabulary.Conda.Type} {vocabulary.Conda.Property} => {vocabulary.Conda.Type}.{vocabulary.FromFile}({Literal(description.CondaEnvironmentFile ?? "dependencies/environment.yml")});"
                : List(vocabulary.Pip.Type, vocabulary.Pip.Property, description.Pip),
        };
        text.Append(string.Join("\n\n", members.Select(Indent)));
        return text.Append("\n}\n").ToString();
    }

    private string Matrix(DefinitionDescription description)
    {
        var platforms = (description.Platforms.Count > 0 ? description.Platforms : [Platform.Amd64]).Select(p => $"{nameof(Platform)}.{p}");
        var accelerations = (description.Accelerations.Count > 0 ? description.Accelerations : [Acceleration.Cpu]).Select(a => $"{nameof(Acceleration)}.{a}");
        var m = vocabulary.Matrix;
        return $"public override {m} {m} => {m}.Platforms({string.Join(", ", platforms)})\n    .Accelerations({string.Join(", ", accelerations)});";
    }

    private string BaseImage(DefinitionDescription description)
    {
        var image = $"{vocabulary.BaseImage}.Parse({Literal(description.BaseImage)})";
        return description.BaseEntrypoint is null ? image : $"{image}.WithEntrypoint({Literal(description.BaseEntrypoint)})";
    }

    private string List(string type, string property, PackageList list)
    {
        var head = $"public override {type} {property} =>";
        if (list.File is not null)
        {
            return $"{head} {type}.{vocabulary.FromFile}({Literal(list.File)});";
        }

        var literals = list.Items.Select(Literal).ToList();
        var inline = $"{head} [{string.Join(", ", literals)}];";
        return inline.Length <= InlineListLimit
            ? inline
            : $"{head}\n[\n{string.Concat(literals.Select(l => $"    {l},\n"))}];";
    }

    private static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    private static string Indent(string member) =>
        string.Join("\n", member.Split('\n').Select(line => line.Length == 0 ? line : "    " + line));
}
