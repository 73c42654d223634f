namespace ContainerKit.Targets.Host;

/// <summary>Prints the end-of-build table: target, status, duration and the total.</summary>
internal static class SummaryWriter
{
    public static void Write(TextWriter output, IReadOnlyList<TargetResult> results, bool interactive, string header = "Target")
    {
        var total = TimeSpan.FromTicks(results.Sum(r => r.Duration.Ticks));
        if (interactive)
        {
            // Separate type so Spectre.Console is only loaded when a terminal shows the table.
            SpectreSummaryTable.Write(output, results, total, header);
            return;
        }
        var width = Math.Max(header.Length, results.Select(r => r.Name.Length).DefaultIfEmpty(0).Max()) + 2;
        output.WriteLine();
        output.WriteLine($"{header.PadRight(width)}{"Status",-11}Duration");
        foreach (var result in results)
        {
            output.WriteLine($"{result.Name.PadRight(width)}{result.Status,-11}{Durations.Format(result.Duration, result.Status)}");
        }
        output.WriteLine($"{"Total".PadRight(width)}{"",-11}{Durations.Format(total)}");
    }
}
