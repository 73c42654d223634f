using System.Text.RegularExpressions;

namespace ContainerKit.Validation;

/// <summary>The syntaxes the validation pass checks values against (pure functions, no diagnostics).</summary>
public static partial class Grammar
{
    /// <summary>A Debian package name (policy §5.6.1).</summary>
    public static bool IsDebianPackageName(string value) => DebianName().IsMatch(value);

    /// <summary>A Debian version: <c>[epoch:]upstream[-revision]</c>.</summary>
    public static bool IsDebianVersion(string value) => DebianVersion().IsMatch(value);

    /// <summary>A PEP 508 requirement, including extras, version specifiers, URL and environment markers.</summary>
    public static bool IsPep508(string value)
    {
        var match = Pep508Requirement().Match(value);
        if (!match.Success) return false;
        var marker = match.Groups["marker"];
        return !marker.Success || MarkerExpression().IsMatch(marker.Value);
    }

    /// <summary>A conda match spec.</summary>
    public static bool IsCondaMatchSpec(string value) => CondaSpec().IsMatch(value);

    /// <summary>A portable environment variable name.</summary>
    public static bool IsEnvVarName(string value) => EnvName().IsMatch(value);

    /// <summary>An environment or project name: usable as a folder, a compose service part and a tag part.</summary>
    public static bool IsSimpleName(string value) => SimpleName().IsMatch(value);

    /// <summary>
    /// An acceleration name: a tag part and the second half of an entry key (<c>amd64-cu124</c>), so lower-case
    /// letters, digits, '.' and '_', starting with a letter, at most 32 characters and no '-'.
    /// </summary>
    public static bool IsAccelerationName(string value) => AccelerationName().IsMatch(value);

    /// <summary>A mount's host path: plain characters, relative or absolute, no <c>..</c> segment, no ':' (the bind separator).</summary>
    public static bool IsHostPath(string value) => HostPath().IsMatch(value) && !value.Split('/').Contains("..");

    /// <summary>A named volume of the engine.</summary>
    public static bool IsVolumeName(string value) => VolumeName().IsMatch(value);

    /// <summary>A portable Linux user or group name (useradd's default rule).</summary>
    public static bool IsAccountName(string value) => AccountName().IsMatch(value);

    /// <summary>A Python identifier (ASCII) for the package name.</summary>
    public static bool IsPythonIdentifier(string value) => PythonIdentifier().IsMatch(value);

    /// <summary>An absolute path of plain characters.</summary>
    public static bool IsAbsolutePath(string value) => AbsolutePath().IsMatch(value) && !value.Split('/').Contains("..");

    /// <summary>A crypt(3) hash (<c>$1$</c>, <c>$5$</c>, <c>$6$</c>, <c>$y$</c>, <c>$2b$</c>…).</summary>
    public static bool IsCryptHash(string value) => CryptHash().IsMatch(value);

    /// <summary>A label key (reverse-DNS style).</summary>
    public static bool IsLabelKey(string value) => LabelKey().IsMatch(value);

    /// <summary>
    /// The first character that is not safe in an unquoted shell word (metacharacters, quotes, globs, whitespace),
    /// or null when every character is safe.
    /// </summary>
    public static char? FirstShellUnsafeCharacter(string value)
    {
        foreach (var c in value)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || "_@%+=:,./~^-".Contains(c))) return c;
        }
        return null;
    }

    /// <summary>
    /// The first character that is not safe in a URL rendered as one quoted shell word, or null: besides letters
    /// and digits only <c>-._~:/?#[]@+,=%</c> pass, so shell metacharacters (<c>; &amp; | $ ` ' " \ ( ) &lt; &gt; ! *</c>),
    /// whitespace and control characters are refused even though the renderer quotes the URL.
    /// </summary>
    public static char? FirstUrlUnsafeCharacter(string value)
    {
        foreach (var c in value)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || "-._~:/?#[]@+,=%".Contains(c))) return c;
        }
        return null;
    }

    /// <summary>The longest environment, project, lab or conda environment name (a folder name, a tag and a compose part).</summary>
    public const int MaxNameLength = 64;

    /// <summary>The longest image reference (the distribution limit on a repository name, applied to the whole reference).</summary>
    public const int MaxImageNameLength = Definitions.ImageReference.MaxLength;

    /// <summary>A TCP port.</summary>
    public static bool IsPort(long value) => value is >= 1 and <= 65535;

    /// <summary>
    /// The first character Docker would not take literally in a word of COPY or WORKDIR (whitespace, including
    /// Unicode's, control and invisible format characters, quotes, <c>$</c>, backslash), or null.
    /// </summary>
    public static char? FirstDockerfileWordUnsafeCharacter(string value)
    {
        foreach (var c in value)
        {
            if (c is '"' or '\'' or '$' or '\\' || char.IsWhiteSpace(c) || char.IsControl(c)
                || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator)
                return c;
        }
        return null;
    }

    /// <summary>A printable name for a character in messages (<c>';'</c>, <c>newline</c>).</summary>
    public static string Describe(char c) => c switch
    {
        '\n' => "a newline",
        '\r' => "a carriage return",
        '\t' => "a tab",
        ' ' => "a space",
        _ when char.IsControl(c) => $"control character U+{(int)c:X4}",
        _ => $"'{c}'",
    };

    [GeneratedRegex(@"^[a-z0-9][a-z0-9+.-]+\z")]
    private static partial Regex DebianName();

    [GeneratedRegex(@"^(?:[0-9]+:)?[0-9][A-Za-z0-9.+~-]*\z")]
    private static partial Regex DebianVersion();

    // Blanks are spaces and tabs only: Unicode line breaks (U+0085, U+2028) split lines for pip and YAML.
    [GeneratedRegex(@"^[ \t]*[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?[ \t]*(?:\[[ \t]*(?:[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?(?:[ \t]*,[ \t]*[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)*)?[ \t]*\])?[ \t]*(?:(?<spec>(?:~=|===|==|!=|<=|>=|<|>)[ \t]*[A-Za-z0-9_.*+!-]+(?:[ \t]*,[ \t]*(?:~=|===|==|!=|<=|>=|<|>)[ \t]*[A-Za-z0-9_.*+!-]+)*)|\([ \t]*(?:~=|===|==|!=|<=|>=|<|>)[ \t]*[A-Za-z0-9_.*+!-]+(?:[ \t]*,[ \t]*(?:~=|===|==|!=|<=|>=|<|>)[ \t]*[A-Za-z0-9_.*+!-]+)*[ \t]*\)|@[ \t]*[a-z][a-z0-9+.-]*://[^\s;]+(?=[ \t]|$))?[ \t]*(?:;[ \t]*(?<marker>.+))?\z")]
    private static partial Regex Pep508Requirement();

    [GeneratedRegex(@"^(?:[ \t]*(?:\(|\)|and\b|or\b|not[ \t]+in\b|in\b|not\b|===|==|!=|<=|>=|~=|<|>|python_version|python_full_version|os_name|sys_platform|platform_release|platform_system|platform_version|platform_machine|platform_python_implementation|implementation_name|implementation_version|extra|'[^'\n;|&$`]*'|""[^""\n;|&$`]*""))+[ \t]*\z")]
    private static partial Regex MarkerExpression();

    [GeneratedRegex(@"^(?:[A-Za-z0-9_.-]+::)?[A-Za-z0-9_][A-Za-z0-9_.-]*(?:[ \t]*(?:==|>=|<=|!=|~=|=|<|>)[ \t]*[A-Za-z0-9_.*+!,|<>=~-]+|[ \t]+[A-Za-z0-9_.*+!,|<>=~-]+(?:[ \t]+[A-Za-z0-9_.*+-]+)?)?(?:\[[ \t]*[a-z_]+[ \t]*=[ \t]*['""]?[A-Za-z0-9_.*+!,|<>=~ -]+['""]?(?:[ \t]*,[ \t]*[a-z_]+[ \t]*=[ \t]*['""]?[A-Za-z0-9_.*+!,|<>=~ -]+['""]?)*[ \t]*\])?\z")]
    private static partial Regex CondaSpec();

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*\z")]
    private static partial Regex EnvName();

    [GeneratedRegex(@"^[a-z0-9]+(?:[._-][a-z0-9]+)*\z")]
    private static partial Regex SimpleName();

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*\z")]
    private static partial Regex PythonIdentifier();

    [GeneratedRegex(@"^[A-Za-z0-9._/-]+\z")]
    private static partial Regex HostPath();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_.-]*\z")]
    private static partial Regex VolumeName();

    [GeneratedRegex(@"^[a-z][a-z0-9_.]{0,31}\z")]
    private static partial Regex AccelerationName();

    [GeneratedRegex(@"^[a-z_][a-z0-9_-]{0,31}\z")]
    private static partial Regex AccountName();

    [GeneratedRegex(@"^/[A-Za-z0-9._/-]*\z")]
    private static partial Regex AbsolutePath();

    [GeneratedRegex(@"^\$(?:1|5|6|y|gy|7|2[abxy])\$[./A-Za-z0-9$=,]{8,}\z")]
    private static partial Regex CryptHash();

    [GeneratedRegex(@"^[a-z0-9]+(?:[.-][a-z0-9]+)*\z")]
    private static partial Regex LabelKey();
}
