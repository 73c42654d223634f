using System.Globalization;

namespace ContainerKit.Targets.Host;

/// <summary>Formats durations the same way in every output.</summary>
internal static class Durations
{
    /// <summary><c>0:03.21</c> (minutes:seconds.hundredths), or <c>-</c> for a target that did not run.</summary>
    public static string Format(TimeSpan duration, TargetStatus status = TargetStatus.Succeeded) =>
        status is TargetStatus.Skipped or TargetStatus.NotRun
            ? "-"
            : string.Create(CultureInfo.InvariantCulture, $"{(int)duration.TotalMinutes}:{duration.Seconds:00}.{duration.Milliseconds / 10:00}");
}
