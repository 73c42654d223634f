using System.Text.RegularExpressions;

namespace ContainerKit.Clusters;

/// <summary>Kubernetes' name syntaxes beyond <see cref="ClusterNames.IsDns1123Label"/> (pure functions, as the API server checks them).</summary>
public static partial class KubernetesNames
{
    /// <summary>A DNS-1123 subdomain (secret, claim and scheduler names): at most 253 characters, dot-separated DNS-1123 labels.</summary>
    public static bool IsDns1123Subdomain(string value) => value.Length <= 253 && Subdomain().IsMatch(value);

    /// <summary>A qualified name (label keys, resource names): an optional DNS-1123 subdomain prefix and '/', then 1-63 alphanumerics, '-', '_', '.', alphanumeric at both ends.</summary>
    public static bool IsQualifiedName(string value)
    {
        var slash = value.LastIndexOf('/');
        if (slash >= 0 && !IsDns1123Subdomain(value[..slash])) return false;
        var name = value[(slash + 1)..];
        return name.Length is >= 1 and <= 63 && NamePart().IsMatch(name);
    }

    /// <summary>A label value: empty, or at most 63 alphanumerics, '-', '_', '.', alphanumeric at both ends.</summary>
    public static bool IsLabelValue(string value) => value.Length == 0 || (value.Length <= 63 && NamePart().IsMatch(value));

    [GeneratedRegex(@"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\z")]
    private static partial Regex Subdomain();

    [GeneratedRegex(@"^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?\z")]
    private static partial Regex NamePart();
}
