using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using ContainerKit.Scripting.Server;

namespace ContainerKit.Targets.Host;

/// <summary>
/// Base class of a build (Nuke-shaped): declare <see cref="Target"/> properties and
/// <see cref="ParameterAttribute"/> members, and call <see cref="Execute{T}"/> from <c>Main</c>.
/// </summary>
public abstract class NukeBuild
{
    /// <summary>The repository root (the folder holding <c>.nuke/</c>).</summary>
    public string RootDirectory { get; private set; } = Directory.GetCurrentDirectory();

    /// <summary>
    /// Where targets write their messages and progress (stderr, or a test's writer); never the product of a
    /// target, which goes to <see cref="StandardOutput"/>.
    /// </summary>
    public TextWriter Output { get; private set; } = TextWriter.Null;

    /// <summary>Where a target writes its product, what a user pipes (stdout, or a test's writer): Run's command output, ListEnv's lists.</summary>
    public TextWriter StandardOutput { get; private set; } = TextWriter.Null;

    /// <summary>The environment the build was started with; pass it on to child processes.</summary>
    public IReadOnlyDictionary<string, string> EnvironmentVariables { get; private set; } = new Dictionary<string, string>();

    /// <summary>The <c>--verbosity</c> asked for.</summary>
    public Verbosity Verbosity { get; private set; } = Verbosity.Normal;

    /// <summary>True when <see cref="Output"/> is a terminal.</summary>
    public bool IsInteractive { get; private set; }

    /// <summary>True with <c>--continue</c>: targets that work on several items should finish the others after a failure.</summary>
    public bool ContinueOnFailure { get; private set; }

    /// <summary>
    /// Runs the build of type <typeparamref name="T"/> for the process's arguments, environment and
    /// console; Ctrl-C (SIGINT) cancels the running target and the build exits with 130. Returns the exit code for <c>Main</c>.
    /// </summary>
    public static int Execute<T>(params Expression<Func<T, Target>>[] defaultTargets)
        where T : NukeBuild, new()
    {
        if (Environment.GetCommandLineArgs() is [_, CompilerServer.Argument, var socket])
        {
            return CompilerServer.Run(socket);
        }

        BuildProcess.Command = BuildProcess.CommandOf(Environment.ProcessPath, Assembly.GetEntryAssembly()?.Location);
        using var cancellation = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            // The first Ctrl-C cancels the running targets, which clean up and exit with 130; a second one ends the process.
            e.Cancel = !cancellation.IsCancellationRequested;
            cancellation.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            var environment = Environment.GetEnvironmentVariables().Cast<DictionaryEntry>()
                .ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? "", StringComparer.Ordinal);
            // ContainerKit's own output goes to stderr, so stdout carries only a target's product (e.g. Run's command output).
            var context = new HostContext(Environment.GetCommandLineArgs().Skip(1).ToList(), environment, Console.Error,
                Interactive: !Console.IsErrorRedirected, CancellationToken: cancellation.Token, StandardOutput: Console.Out);
            return BuildHost.Run(context, defaultTargets);
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    internal void Initialize(string root, TextWriter output, IReadOnlyDictionary<string, string> environment, Verbosity verbosity, bool interactive, bool continueOnFailure = false, TextWriter? standardOutput = null)
    {
        StandardOutput = standardOutput ?? output;
        ContinueOnFailure = continueOnFailure;
        RootDirectory = root;
        Output = output;
        EnvironmentVariables = environment;
        Verbosity = verbosity;
        IsInteractive = interactive;
    }
}
