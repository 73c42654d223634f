using System.Text;
using ContainerKit.Model;
using ContainerKit.Scripting.Rewriting;
using Microsoft.CodeAnalysis.CSharp;

namespace ContainerKit.Scripting.Import;

/// <summary>
/// Writes a <see cref="DefinitionDescription"/> as a C# definition class laid out the way a
/// person would write it (short lists on one line, long ones one entry per line). apt lists are
/// always inline (the DSL reads only pip and conda files); the base apt list and the conda
/// installer settings are written only when set.
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
    public string Write(DefinitionDescription description, string @namespace = "Environments")
    {
        var text = new StringBuilder();
        if (description.Origin is not null)
        {
            text.Append(Comment($"Imported from {description.Origin} by ContainerKit Import; review before committing."));
        }

        // The collection types of EnvironmentVariables and Command, for build projects without implicit usings.
        var collections = description.EnvironmentVariables.Count > 0 || description.Command is not null ? ["System.Collections.Generic"] : Array.Empty<string>();
        foreach (var import in collections.Concat(vocabulary.Namespaces))
        {
            text.Append($"using {import};\n");
        }

        text.Append($"\nnamespace {@namespace};\n\n");
        foreach (var stage in description.UnmappedStages)
        {
            text.Append(Comment($"TODO: stage '{stage}' of the source Dockerfile has no counterpart here; add it as a custom stage."));
        }

        foreach (var note in description.Notes)
        {
            text.Append(Comment($"TODO: {note}"));
        }

        var kind = description.FromScratch ? vocabulary.FromScratch : vocabulary.FromPython;
        text.Append($"public sealed class {description.ClassName} : {kind.TypeName}\n{{\n");
        var apt = vocabulary.AptProperties;
        var members = new List<string?>
        {
            Project(description),
            Matrix(description),
            $"public override {vocabulary.BaseImage} {vocabulary.BaseMethod}(MatrixEntry entry) => {BaseImage(description)};",
            description.BaseApt.Count > 0 ? List(vocabulary.AptPackages, apt.Base, description.BaseApt) : null,
            List(vocabulary.AptPackages, apt.Build, description.BuildApt),
            List(vocabulary.AptPackages, apt.Runtime, description.RuntimeApt),
            List(vocabulary.AptPackages, apt.Dev, description.DevApt),
        };
        members.AddRange(description.FromScratch ? Conda(description) : [Pip(description.Pip)]);
        members.Add(EnvironmentMember(description.EnvironmentVariables));
        members.Add(description.Command is { } command ? $"public override IReadOnlyList<string> {vocabulary.Command} => [{string.Join(", ", command.Select(Literal))}];" : null);
        text.Append(string.Join("\n\n", members.OfType<string>().Select(Indent)));
        return text.Append("\n}\n").ToString();
    }

    private string Project(DefinitionDescription description)
    {
        var name = description.ProjectName ?? ContainerKit.Definitions.Naming.KebabCase(description.ClassName, "Environment");
        var package = description.PackageName is null ? "" : $", package: {Literal(description.PackageName)}";
        return $"public override {vocabulary.Project} {vocabulary.Project} => new({Literal(name)}{package});";
    }

    private string Matrix(DefinitionDescription description)
    {
        var platforms = (description.Platforms.Count > 0 ? description.Platforms : [Platform.Amd64]).Select(p => $"{nameof(Platform)}.{p}");
        var accelerations = (description.Accelerations.Count > 0 ? description.Accelerations : [Acceleration.Cpu]).Select(AccelerationSyntax.Write);
        var m = vocabulary.Matrix;
        return $"public override {m} {m} => {m}.Platforms({string.Join(", ", platforms)})\n    .Accelerations({string.Join(", ", accelerations)});";
    }

    private string BaseImage(DefinitionDescription description)
    {
        var image = $"{vocabulary.BaseImage}.Parse({Literal(description.BaseImage)})";
        return description.BaseEntrypoint is null ? image : $"{image}.WithEntrypoint({Literal(description.BaseEntrypoint)})";
    }

    private string Pip(PackageList pip)
    {
        var (type, property) = vocabulary.Pip;
        return pip.File is null
            ? List(type, property, pip.Items)
            : $"public override {type} {property} => {type}.{vocabulary.FromFile}({Literal(pip.File)});";
    }

    private IEnumerable<string?> Conda(DefinitionDescription description)
    {
        var (type, property) = vocabulary.Conda;
        var (installerType, installerMethod, pathProperty) = vocabulary.CondaInstaller;
        yield return $"public override {type} {property} => {type}.{vocabulary.FromFile}({Literal(description.CondaEnvironmentFile ?? "dependencies/environment.yml")});";
        // The template gives no checksum: the installer stays unverified, which Lint reports (CK2050) until one is added.
        yield return description.CondaInstallerUrl is { } url ? $"public override {installerType} {installerMethod}(MatrixEntry entry) => new({Literal(url)});" : null;
        yield return description.CondaInstallPath is { } path ? $"public override string {pathProperty} => {Literal(path)};" : null;
    }

    private string? EnvironmentMember(IReadOnlyList<KeyValuePair<string, string>> variables) =>
        variables.Count == 0 ? null
            : $"public override IReadOnlyDictionary<string, string> {vocabulary.EnvironmentVariables} => new Dictionary<string, string>\n{{\n"
              + string.Concat(variables.Select(v => $"    [{Literal(v.Key)}] = {Literal(v.Value)},\n")) + "};";

    private static string List(string type, string property, IReadOnlyList<string> items)
    {
        var head = $"public override {type} {property} =>";
        var literals = items.Select(Literal).ToList();
        var inline = $"{head} [{string.Join(", ", literals)}];";
        return inline.Length <= InlineListLimit
            ? inline
            : $"{head}\n[\n{string.Concat(literals.Select(l => $"    {l},\n"))}];";
    }

    /// <summary>
    /// A one-line comment. Text from the template (paths, instructions) can hold anything: every character that could end
    /// the comment (C# new-line characters) or change how the line reads (control and format characters such as bidi
    /// overrides) is written as <c>\uXXXX</c>.
    /// </summary>
    internal static string Comment(string text) =>
        "// " + string.Concat(text.Select(c => char.IsControl(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format
            or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator or System.Globalization.UnicodeCategory.Surrogate
            ? $"\\u{(int)c:X4}" : c.ToString())) + "\n";

    private static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    private static string Indent(string member) =>
        string.Join("\n", member.Split('\n').Select(line => line.Length == 0 ? line : "    " + line));
}
