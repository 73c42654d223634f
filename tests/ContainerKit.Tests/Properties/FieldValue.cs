using FsCheck;
using FsCheck.Fluent;

namespace ContainerKit.Tests.Properties;

/// <summary>A generated case: a hostile value in one field of a definition.</summary>
/// <param name="Field">Where the value goes.</param>
/// <param name="Value">The value.</param>
public sealed record FieldValue(DefinitionField Field, string Value)
{
    /// <summary>Every field, with values from <see cref="HostileText"/>, shrinking the value and keeping the field.</summary>
    public static Arbitrary<FieldValue> Any() => In(DefinitionFields.All);

    /// <summary>The cases of <paramref name="fields"/>.</summary>
    public static Arbitrary<FieldValue> In(IReadOnlyList<DefinitionField> fields) =>
        Arb.From(
            Gen.Elements(fields.ToArray()).SelectMany(field => HostileText.Around([field.Placeholder, .. field.Valid]).Select(value => new FieldValue(field, value))),
            c => HostileText.Shrink(c.Value).Select(value => c with { Value = value }));

    /// <inheritdoc />
    public override string ToString() => $"{Field.Name}: {InjectionCheck.Show(Value)}";
}
