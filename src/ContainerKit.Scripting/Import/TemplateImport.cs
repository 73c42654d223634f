namespace ContainerKit.Scripting.Import;

/// <summary>The outcome of <see cref="TemplateImporter.Import"/>, nothing written yet.</summary>
/// <param name="Description">The imported environment.</param>
/// <param name="DependencyFiles">Dependency files the definition reads, copied from the template.</param>
public sealed record TemplateImport(DefinitionDescription Description, IReadOnlyList<ImportedFile> DependencyFiles);
