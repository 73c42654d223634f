using ContainerKit.Definitions;
using ContainerKit.Entrypoints;
using ContainerKit.Tests.Core;
using Xunit;

namespace ContainerKit.Tests.Security;

/// <summary>Lengths (CK1025) and ranges (CK1026) are diagnostics, not exceptions nor silently accepted values.</summary>
public sealed class DefinitionLimitsTests
{
    [Fact]
    public void A_300_character_environment_name_is_CK1025()
    {
        var name = new string('a', 300);
        var diagnostic = Assert.Single(ShellContextTests.Diagnose(new TestEnvironment { NameValue = name }));

        Assert.Equal(("CK1025", "TestEnvironment.Name", name), (diagnostic.Id, diagnostic.Location, diagnostic.Value));
        Assert.Contains("300 characters", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(64, null)]
    [InlineData(65, "CK1025")]
    public void Names_are_limited_to_64_characters(int length, string? id)
    {
        var name = new string('p', length);
        var diagnostics = ShellContextTests.Diagnose(new TestEnvironment { ProjectValue = new(name) });

        if (id is null) Assert.DoesNotContain(diagnostics, d => d.Severity == Diagnostics.DiagnosticSeverity.Error);
        else Assert.Contains(diagnostics, d => d.Id == id && d.Location == "TestEnvironment.Project" && d.Value == name);
    }

    [Theory]
    [InlineData(255, null)]
    [InlineData(256, "CK1025")]
    [InlineData(5000, "CK1025")]
    public void Base_image_references_are_limited_to_255_characters(int length, string? id)
    {
        const string prefix = "registry.example.org/";
        const string suffix = ":1.0";
        var reference = prefix + new string('a', length - prefix.Length - suffix.Length) + suffix;
        Assert.Equal(length, reference.Length);

        var diagnostics = ShellContextTests.Diagnose(new TestEnvironment { BaseValue = reference });

        if (id is null) Assert.DoesNotContain(diagnostics, d => d.Severity == Diagnostics.DiagnosticSeverity.Error);
        else
        {
            var diagnostic = Assert.Single(diagnostics);
            Assert.Equal((id, "TestEnvironment.Base"), (diagnostic.Id, diagnostic.Location));
        }
        Assert.Equal(id is null, ImageReference.TryParse(reference) is not null);
    }

    [Theory]
    [InlineData(-5, 8887, "DefaultSshPort", "-5")]
    [InlineData(0, 8887, "DefaultSshPort", "0")]
    [InlineData(65536, 8887, "DefaultSshPort", "65536")]
    [InlineData(2223, -1, "DefaultJupyterPort", "-1")]
    [InlineData(2223, 70000, "DefaultJupyterPort", "70000")]
    public void Ports_out_of_1_to_65535_are_CK1026(int ssh, int jupyter, string what, string value)
    {
        var definition = new TestEnvironment { EntrypointValue = new EntrypointOptions { DefaultSshPort = ssh, DefaultJupyterPort = jupyter } };
        var diagnostic = Assert.Single(ShellContextTests.Diagnose(definition));

        Assert.Equal(("CK1026", "TestEnvironment.Entrypoint", value), (diagnostic.Id, diagnostic.Location, diagnostic.Value));
        Assert.Contains(what, diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(65535)]
    public void Ports_at_the_ends_of_the_range_render(int port)
    {
        var diagnostics = ShellContextTests.Diagnose(new TestEnvironment { EntrypointValue = new EntrypointOptions { DefaultSshPort = port } });
        Assert.Empty(diagnostics);
    }
}
