using FsCheck.Xunit;

namespace ContainerKit.Tests.Properties;

/// <summary>
/// Hostile values in every string a definition can carry (<see cref="DefinitionFields"/>): each is refused with a
/// CK diagnostic, or renders files that say exactly what the definition asked for (<see cref="InjectionCheck"/>).
/// </summary>
public sealed class InjectionPropertyTests
{
    /// <summary>The property over every field; FsCheck prints the seed (Replay) and the shrunk value of a failure.</summary>
    [Property(MaxTest = 3000, Arbitrary = [typeof(FieldValue)])]
    public void A_value_is_refused_or_rendered_as_itself(FieldValue value)
    {
        var violation = InjectionCheck.Violation(value.Field, value.Value);
        Assert.True(violation is null, $"{value}: {violation}");
    }

    [Fact]
    public void Every_field_accepts_its_valid_values_and_renders_them_as_themselves()
    {
        var cases = DefinitionFields.All.SelectMany(f => f.Valid.Select(v => new FieldValue(f, v)));

        Assert.All(cases, c =>
        {
            Assert.NotNull(InjectionCheck.Render(c.Field, c.Value));
            Assert.Null(InjectionCheck.Violation(c.Field, c.Value));
        });
    }
}
