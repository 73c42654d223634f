using ContainerKit.Scripting.Compilation;
using ContainerKit.Scripting.Import;
using ContainerKit.Targets.Host;

namespace ContainerKit.Targets;

/// <summary>Import of research-template folders as C# definitions (issue 5).</summary>
public abstract partial class ContainerKitBuild
{
    /// <summary>Class name of the definition Import writes.</summary>
    [Parameter("Class name of the definition Import writes to build/Environments/<name>.cs (an ASCII C# identifier); default ImportedEnvironment")]
    public string ClassName { get; set; } = "ImportedEnvironment";

    /// <summary>Project name of the imported definition.</summary>
    [Parameter("Project name of the imported definition; default PROJECT_NAME of the template folder's .env, else of template.sh, else the environment name")]
    public string? ProjectName { get; set; }

    /// <summary>Imports a template installation folder as a definition; prints what it did not carry as a review list (also TODO comments in the definition).</summary>
    public Target Import => _ => _
        .Description("Import a research-image template folder (--definition) as a C# definition")
        .Requires(() => Definition)
        .Executes(() =>
        {
            var options = new ImportOptions(ClassName) { ProjectName = ProjectName };
            var import = TemplateImporter.Import(TemplateFolderReader.Open(Definition!, RootDirectory), options);
            var written = new DefinitionImportWriter(new CompilationGuard(BuildReferences()), RootDirectory).Write(import, options, Force);
            foreach (var file in written) Output.WriteLine($"wrote {file}");
            foreach (var stage in import.Description.UnmappedStages) Output.WriteLine($"review: stage '{stage}' was not imported");
            foreach (var note in import.Description.Notes) Output.WriteLine($"review: {note}");
        });
}
