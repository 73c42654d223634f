namespace ContainerKit.Tests.Core;

/// <summary>Whether the tests run under CI (<c>CI=true</c>), where nothing may be skipped or accepted unreviewed.</summary>
internal static class Ci
{
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
