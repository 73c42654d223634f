using ContainerKit.Definitions;
using ContainerKit.Model;

namespace ContainerKit.Validation;

/// <summary>
/// The members of a definition that the whole set needs (its name and matrix), read once by
/// <see cref="DefinitionValidator.ReadSet"/> so selection, validation and rendering all use the same values.
/// </summary>
/// <param name="Definition">The definition.</param>
/// <param name="Name">Its name as read (its type name when reading the name threw).</param>
/// <param name="Entries">Its matrix entries as read (empty when reading the matrix threw).</param>
internal sealed record DefinitionHeader(EnvironmentDefinition Definition, string Name, IReadOnlyList<MatrixEntry> Entries)
{
    /// <summary>The definition's class name (accepted by <c>--environment</c> besides <see cref="Name"/>).</summary>
    public string TypeName => Definition.GetType().Name;
}
