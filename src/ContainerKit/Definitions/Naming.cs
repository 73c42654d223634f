using System.Text;

namespace ContainerKit.Definitions;

/// <summary>Name conversions shared by the DSL defaults.</summary>
internal static class Naming
{
    /// <summary><c>ProjectEnvironment</c> → <c>project</c>, <c>CondaGpuEnvironment</c> → <c>conda-gpu</c>.</summary>
    public static string KebabCase(string typeName, string dropSuffix)
    {
        var name = typeName.EndsWith(dropSuffix, StringComparison.Ordinal) && typeName.Length > dropSuffix.Length
            ? typeName[..^dropSuffix.Length]
            : typeName;
        var builder = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0 && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1])))) builder.Append('-');
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }
}
