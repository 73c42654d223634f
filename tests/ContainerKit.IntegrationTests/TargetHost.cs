using ContainerKit.Targets;
using ContainerKit.Targets.Host;

namespace ContainerKit.IntegrationTests;

/// <summary>Runs ContainerKit targets the way <c>./build.sh</c> does, on a scratch repository, capturing the output.</summary>
public static class TargetHost
{
    /// <summary>
    /// Runs <paramref name="arguments"/> with <paramref name="root"/> as the repository root, in the run's image
    /// namespace and on the test base; returns the exit code and the output.
    /// </summary>
    public static async Task<(int Exit, string Output)> RunAsync(EngineFixture engine, string root, params string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var output = new StringWriter();
        var exit = await BuildHost.RunAsync(new ProjectBuild(), new HostContext([.. arguments, .. engine.HostArguments], new Dictionary<string, string>(), output, root), []);
        return (exit, output.ToString());
    }

    /// <summary>
    /// Runs <paramref name="arguments"/> as <c>./build.sh</c> does (in the run's image namespace and on the test base),
    /// with the product (stdout) and ContainerKit's own output (stderr) captured apart.
    /// </summary>
    public static Task<(int Exit, string StandardOutput, string Log)> RunSeparatedAsync(EngineFixture engine, string root, params string[] arguments) =>
        RunSeparatedAsync(engine, root, new Dictionary<string, string>(), arguments);

    /// <summary>
    /// <see cref="RunSeparatedAsync(EngineFixture, string, string[])"/> with <paramref name="environment"/> as the
    /// host's environment variables (e.g. DOCKER_HOST for another engine).
    /// </summary>
    public static async Task<(int Exit, string StandardOutput, string Log)> RunSeparatedAsync(EngineFixture engine, string root,
        IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var standardOutput = new StringWriter();
        var log = new StringWriter();
        var exit = await BuildHost.RunAsync(new ProjectBuild(), new HostContext([.. arguments, .. engine.HostArguments], environment, log, root,
            StandardOutput: standardOutput), []);
        return (exit, standardOutput.ToString(), log.ToString());
    }

    /// <summary>The ContainerKit targets as a project's build has them.</summary>
    private sealed class ProjectBuild : ContainerKitBuild;
}
