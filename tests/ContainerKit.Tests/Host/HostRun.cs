using ContainerKit.Targets.Host;
using ContainerKit.Tests.Scripting;

namespace ContainerKit.Tests.Host;

/// <summary>The exit code and everything a run of <see cref="BuildHost.RunAsync"/> printed.</summary>
internal sealed record HostRun(int ExitCode, string Output)
{
    /// <summary>
    /// Runs <paramref name="build"/> with <paramref name="arguments"/>. The root is <paramref name="root"/> or an empty
    /// scratch folder, so the repository's own <c>.nuke/parameters.json</c> is never read.
    /// </summary>
    public static async Task<HostRun> StartAsync(
        NukeBuild build,
        IReadOnlyList<string> arguments,
        IReadOnlyDictionary<string, string>? environment = null,
        string? root = null,
        IReadOnlyList<string>? defaultTargets = null,
        CancellationToken cancellationToken = default)
    {
        using var scratch = root is null ? new TempFolder() : null;
        using var output = new StringWriter();
        var context = new HostContext(arguments, environment ?? new Dictionary<string, string>(), output,
            root ?? scratch!.Path, CancellationToken: cancellationToken);
        var exitCode = await BuildHost.RunAsync(build, context, defaultTargets ?? []);
        return new HostRun(exitCode, output.ToString());
    }

    /// <summary>Asserts exit code 2, the error line starting with <paramref name="message"/> and that no target started.</summary>
    public void AssertUsageError(string message)
    {
        Assert.Equal(2, ExitCode);
        Assert.Contains("error: " + message, Output);
        Assert.DoesNotContain("==> ", Output);
    }

    /// <summary>The output lines, without trailing spaces.</summary>
    public IReadOnlyList<string> Lines => Output.Split('\n').Select(l => l.TrimEnd()).ToList();

    /// <summary>The summary row of <paramref name="target"/> split into its columns (name, status, duration).</summary>
    public string[] SummaryRow(string target) =>
        Lines.Reverse().First(l => l.StartsWith(target + " ", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
