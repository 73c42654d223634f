using ContainerKit.Definitions;
using ContainerKit.Diagnostics;

namespace ContainerKit.Validation;

/// <summary>Collects the findings of one validation pass; locations are <c>DefinitionType.Member</c>.</summary>
internal sealed class DiagnosticBag(string definitionType)
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Any(d => d.Severity == DiagnosticSeverity.Error);

    public string Location(string member) => $"{definitionType}.{member}";

    public void Add(DiagnosticRule rule, string member, string message, string? value) =>
        _items.Add(rule.At(Location(member), message, value));

    /// <summary>Reads a definition member; a throwing member becomes CK1020 and yields <paramref name="fallback"/>.</summary>
    public T Read<T>(string member, Func<T> getter, T fallback)
    {
        try
        {
            return getter() ?? fallback;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Add(DefinitionRules.MemberFailed, member, $"reading the member threw {ex.GetType().Name}: {ex.Message}", null);
            return fallback;
        }
    }

    /// <summary>Reports CK1011 when <paramref name="value"/> is not a safe unquoted shell word; true when safe.</summary>
    public bool CheckShellWord(string member, string what, string value)
    {
        var bad = Grammar.FirstShellUnsafeCharacter(value);
        if (bad is null) return true;
        Add(DefinitionRules.ShellMetacharacter, member,
            $"{what} contains {Grammar.Describe(bad.Value)}, which the shell would interpret", value);
        return false;
    }

    /// <summary>
    /// Reports CK1025 when the name is longer than <see cref="Grammar.MaxNameLength"/>, else CK1014 (<c>what problem</c>)
    /// when <paramref name="isValid"/> refuses it.
    /// </summary>
    public void CheckName(string member, string what, string value, Func<string, bool> isValid, string problem)
    {
        if (value.Length > Grammar.MaxNameLength)
            Add(DefinitionRules.Length, member, $"{what} is {value.Length} characters long, more than {Grammar.MaxNameLength}", value);
        else if (!isValid(value))
            Add(DefinitionRules.Name, member, $"{what} {problem}", value);
    }

    /// <summary>
    /// Parses an image reference: CK1025 when it is longer than <see cref="ImageReference.MaxLength"/>, CK1005
    /// when it does not follow the grammar; null in both cases.
    /// </summary>
    public ImageReference? CheckImageReference(string member, string what, string value)
    {
        if (value.Length > ImageReference.MaxLength)
        {
            Add(DefinitionRules.Length, member, $"{what} is {value.Length} characters long, more than {ImageReference.MaxLength}", value);
            return null;
        }
        var reference = ImageReference.TryParse(value);
        if (reference is null) Add(DefinitionRules.ImageReference, member, what + " is not a valid OCI reference", value);
        return reference;
    }

    /// <summary>Reports CK1026 unless <paramref name="port"/> is a TCP port (1..65535).</summary>
    public void CheckPort(string member, string what, long port)
    {
        if (!Grammar.IsPort(port))
            Add(DefinitionRules.Range, member, $"{what} is out of the range 1..65535", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Reports CK1015 unless <paramref name="value"/> is a plain absolute path.</summary>
    public void CheckAbsolutePath(string member, string what, string value)
    {
        if (!Grammar.IsAbsolutePath(value))
            Add(DefinitionRules.AbsolutePath, member, $"{what} is not a plain absolute path", value);
    }

    /// <summary>
    /// The one check of an <c>ENV</c> pair (<c>EnvironmentVariables</c> and <c>Instruction.Env</c> alike): CK1006 unless the
    /// name is a portable shell name, CK1011 when the value holds a line break or control character.
    /// </summary>
    public void CheckEnvironmentVariable(string member, string name, string value)
    {
        if (!Grammar.IsEnvVarName(name)) Add(DefinitionRules.EnvVarName, member, "not a valid environment variable name", name);
        CheckSingleLine(member, $"the value of {name}", value);
    }

    /// <summary>Reports CK1011 when a value written on one Dockerfile line holds a line break or control character.</summary>
    public void CheckSingleLine(string member, string what, string value)
    {
        if (value.Any(c => c is '\n' or '\r' || char.IsControl(c)))
            Add(DefinitionRules.ShellMetacharacter, member, $"{what} contains a line break or control character", value);
    }
}
