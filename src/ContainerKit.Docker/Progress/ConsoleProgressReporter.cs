using Spectre.Console;

namespace ContainerKit.Docker.Progress;

/// <summary>
/// Terminal view: coloured step lines through Spectre.Console, with logs dimmed; falls back to
/// <see cref="PlainProgressReporter"/> when output is redirected.
/// </summary>
public sealed class ConsoleProgressReporter : IBuildProgressReporter
{
    private readonly IAnsiConsole _console;
    private readonly Lock _gate = new();

    private ConsoleProgressReporter(IAnsiConsole console) => _console = console;

    /// <summary>
    /// The reporter fitting the console's stderr (progress never goes to stdout, which carries a target's product):
    /// colours on a terminal, plain lines otherwise.
    /// </summary>
    public static IBuildProgressReporter ForConsole()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return Console.IsErrorRedirected || !console.Profile.Capabilities.Ansi
            ? new PlainProgressReporter(Console.Error)
            : new ConsoleProgressReporter(console);
    }

    /// <inheritdoc />
    public void Report(BuildProgressEvent progress)
    {
        var text = PlainProgressReporter.Format(progress, showLogs: true);
        if (text is null) return;
        var style = progress.State switch
        {
            BuildStepState.Completed => "green",
            BuildStepState.Cached => "blue",
            BuildStepState.Failed => "red bold",
            BuildStepState.Log => "grey",
            _ => "yellow",
        };
        lock (_gate) _console.MarkupLine($"[{style}]{Markup.Escape(text)}[/]");
    }
}
