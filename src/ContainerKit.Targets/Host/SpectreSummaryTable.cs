using Spectre.Console;

namespace ContainerKit.Targets.Host;

/// <summary>The summary as a Spectre.Console table, for terminals.</summary>
internal static class SpectreSummaryTable
{
    public static void Write(TextWriter output, IReadOnlyList<TargetResult> results, TimeSpan total, string header)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        var table = new Table().AddColumn(header).AddColumn("Status").AddColumn(new TableColumn("Duration").RightAligned());
        foreach (var result in results)
        {
            var color = result.Status switch
            {
                TargetStatus.Succeeded => "green",
                TargetStatus.Failed => "red",
                TargetStatus.Cancelled => "orange1",
                TargetStatus.Skipped => "grey",
                _ => "yellow",
            };
            table.AddRow(Markup.Escape(result.Name), $"[{color}]{result.Status}[/]", Durations.Format(result.Duration, result.Status));
        }
        table.AddEmptyRow();
        table.AddRow("[bold]Total[/]", "", Durations.Format(total));
        console.Write(table);
    }
}
