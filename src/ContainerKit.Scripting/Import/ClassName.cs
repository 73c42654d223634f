using ContainerKit.Definitions;
using ContainerKit.Diagnostics;
using ContainerKit.Validation;
using Microsoft.CodeAnalysis.CSharp;

namespace ContainerKit.Scripting.Import;

/// <summary>
/// The rule for <c>--class-name</c>. The name becomes a C# class, the file <c>build/Environments/&lt;name&gt;.cs</c>
/// and, through the DSL's naming, the environment name and its dependency folder; so it must be a plain ASCII
/// identifier (no keyword, no characters that look alike or reorder text), short enough for a file name,
/// and give a valid environment name.
/// </summary>
internal static class ClassName
{
    /// <summary>The longest accepted name: <c>&lt;name&gt;.cs</c> stays well within the 255-byte file name limit.</summary>
    public const int MaxLength = 100;

    /// <summary>Throws CK1106 at <c>--class-name</c> when <paramref name="name"/> breaks the rule.</summary>
    /// <exception cref="DiagnosticException">CK1106 naming the problem.</exception>
    public static void Check(string name)
    {
        var problem = name.Length == 0 ? "the class name is empty"
            : name.Length > MaxLength ? $"the class name is longer than {MaxLength} characters"
            : !char.IsAsciiLetter(name[0]) || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? "the class name is not an ASCII C# identifier (a letter, then letters, digits or '_')"
            : SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None ? "the class name is a C# keyword"
            : !Grammar.IsSimpleName(Naming.KebabCase(name, "Environment")) ? "the class name does not give a valid environment name"
            : null;
        if (problem is null) return;
        throw new DiagnosticException(ImportDiagnostics.Error("--class-name", problem, Shown(name), "pass a name such as ProjectEnvironment"));
    }

    /// <summary>The name as a diagnostic shows it: control, format and non-ASCII characters as <c>\uXXXX</c>, cut when long.</summary>
    private static string Shown(string name)
    {
        var escaped = string.Concat(name.Take(MaxLength + 20).Select(c => c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:X4}"));
        return name.Length > MaxLength + 20 ? escaped + "..." : escaped;
    }
}
