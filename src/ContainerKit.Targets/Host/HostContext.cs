namespace ContainerKit.Targets.Host;

/// <summary>Everything the host reads from the outside world, so tests can supply their own.</summary>
/// <param name="Arguments">Command-line arguments (without the program name).</param>
/// <param name="Environment">Environment variables.</param>
/// <param name="Output">
/// Where ContainerKit's own output goes: target headers, progress, messages, diagnostics and the summary
/// (stderr for <c>./build.sh</c>).
/// </param>
/// <param name="RootDirectory">The repository root; null means <c>--root</c> or the nearest folder with <c>.nuke/</c>.</param>
/// <param name="Interactive">True on a terminal (Spectre table); false prints plain text.</param>
/// <param name="CancellationToken">Cancelled by Ctrl-C.</param>
/// <param name="StandardOutput">
/// Where the product of a target goes, what a user pipes: Run's command output, ListEnv's package lists,
/// <c>--help</c> and <c>--plan</c> (stdout for <c>./build.sh</c>); null means <paramref name="Output"/>.
/// </param>
public sealed record HostContext(
    IReadOnlyList<string> Arguments,
    IReadOnlyDictionary<string, string> Environment,
    TextWriter Output,
    string? RootDirectory = null,
    bool Interactive = false,
    CancellationToken CancellationToken = default,
    TextWriter? StandardOutput = null);
