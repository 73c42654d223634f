namespace ContainerKit.Tests;

/// <summary>Whether the tests run under CI (<c>CI=true</c>), where a missing tool or snapshot fails instead of being skipped or written.</summary>
internal static class CiMode
{
    /// <summary>True when the environment variable <c>CI</c> is <c>true</c>.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
