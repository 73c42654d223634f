using System.Text.RegularExpressions;
using ContainerKit.Docker.Processes;
using ContainerKit.Docker.Provisioning;

namespace ContainerKit.Docker.Scheduling;

/// <summary>
/// Talks to a Slurm cluster through its commands on this machine: <c>sbatch</c> submits, <c>scontrol</c> (then the
/// job-completion log, then <c>sacct</c>) reads a job's state and exit code, <c>squeue</c> lists, <c>scancel</c> cancels.
/// </summary>
/// <param name="messages">Receives the scheduler's changing reasons while waiting (stderr).</param>
public sealed partial class SlurmScheduler(TextWriter messages)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    /// <summary>Submits <paramref name="batchFile"/> from <paramref name="workingDirectory"/>, its output and error to the given files; returns the job id.</summary>
    /// <exception cref="ContainerKit.Diagnostics.DiagnosticException">CK3100 without sbatch; CK3101 when sbatch refuses the job.</exception>
    public async Task<string> SubmitAsync(string batchFile, string workingDirectory, string outputFile, string errorFile, CancellationToken cancellationToken)
    {
        var (exit, output, error) = await RunAsync("sbatch",
            ["--parsable", $"--chdir={workingDirectory}", $"--output={outputFile}", $"--error={errorFile}", batchFile], cancellationToken).ConfigureAwait(false);
        var id = output.Trim().Split(';')[0];
        if (exit != 0 || !JobIdSyntax().IsMatch(id))
        {
            throw SchedulingDiagnostics.Exception(SchedulingDiagnostics.SubmitFailedId, "sbatch", $"sbatch refused the job (exit {exit}): {Line(error, output)}", batchFile,
                "check the cluster's partition, account, qos and resources against `sinfo` and the #SBATCH lines of the file");
        }
        return id;
    }

    /// <summary>The job's state and exit code, from <c>scontrol</c>, else the job-completion log, else <c>sacct</c>.</summary>
    /// <exception cref="ContainerKit.Diagnostics.DiagnosticException">CK3104 when none of them knows the job.</exception>
    public async Task<JobOutcome> OutcomeAsync(string id, CancellationToken cancellationToken)
    {
        var (exit, output, _) = await RunAsync("scontrol", ["show", "job", "--oneliner", id], cancellationToken).ConfigureAwait(false);
        if (exit == 0 && Field(output, "JobState") is { } state)
        {
            return JobOutcome.FromSlurm(state, Field(output, "ExitCode") ?? "0:0", Field(output, "Reason"));
        }
        return await FromCompletionLogAsync(id, cancellationToken).ConfigureAwait(false)
            ?? await FromAccountingAsync(id, cancellationToken).ConfigureAwait(false)
            ?? throw SchedulingDiagnostics.Exception(SchedulingDiagnostics.OutcomeUnknownId, "scontrol", "neither scontrol, the job-completion log nor sacct knows the job", id,
                "the controller forgets finished jobs after MinJobAge; enable accounting or a job-completion log to read older ones");
    }

    /// <summary>
    /// Waits for the job to end, copying its output file to <paramref name="standardOutput"/> and its error file to
    /// <paramref name="standardError"/> as they grow; returns the job's exit code. Cancelling the wait leaves the job running.
    /// </summary>
    public async Task<int> WaitAsync(string id, string outputFile, string errorFile, TextWriter standardOutput, TextWriter standardError, CancellationToken cancellationToken)
    {
        var output = new FileTail(outputFile, standardOutput);
        var error = new FileTail(errorFile, standardError);
        string? said = null;
        while (true)
        {
            var outcome = await OutcomeAsync(id, cancellationToken).ConfigureAwait(false);
            await output.PumpAsync(cancellationToken).ConfigureAwait(false);
            await error.PumpAsync(cancellationToken).ConfigureAwait(false);
            var status = outcome.State + (outcome.Reason is null ? "" : $" ({outcome.Reason})");
            if (status != said)
            {
                await messages.WriteLineAsync($"job {id}: {status}").ConfigureAwait(false);
                said = status;
            }
            if (outcome.Finished)
            {
                // The node may still be flushing the last lines when the controller reports the end.
                await Task.Delay(PollInterval, cancellationToken).ConfigureAwait(false);
                await output.PumpAsync(cancellationToken).ConfigureAwait(false);
                await error.PumpAsync(cancellationToken).ConfigureAwait(false);
                return outcome.ExitCode;
            }
            await Task.Delay(PollInterval, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Every job of the submitting user the controller knows (pending, running and recently finished), by id.</summary>
    public async Task<IReadOnlyList<ScheduledJob>> ListAsync(CancellationToken cancellationToken)
    {
        var (exit, output, error) = await RunAsync("squeue", ["--noheader", "--me", "--states=all", "--format=%i|%j|%T|%M"], cancellationToken).ConfigureAwait(false);
        if (exit != 0) throw Unavailable("squeue", $"squeue failed (exit {exit}): {Line(error, output)}");
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('|'))
            .Where(fields => fields.Length == 4)
            .Select(fields => new ScheduledJob(fields[0], fields[1], fields[2], fields[3]))
            .OrderBy(job => long.TryParse(job.Id.Split('_')[0], out var number) ? number : long.MaxValue)
            .ToList();
    }

    /// <summary>Cancels job <paramref name="id"/>.</summary>
    public async Task CancelAsync(string id, CancellationToken cancellationToken)
    {
        var (exit, output, error) = await RunAsync("scancel", [id], cancellationToken).ConfigureAwait(false);
        if (exit != 0) throw SchedulingDiagnostics.Exception(SchedulingDiagnostics.UnknownJobId, "scancel", $"scancel failed (exit {exit}): {Line(error, output)}", id);
    }

    private async Task<JobOutcome?> FromCompletionLogAsync(string id, CancellationToken cancellationToken)
    {
        var (exit, config, _) = await RunAsync("scontrol", ["show", "config"], cancellationToken).ConfigureAwait(false);
        if (exit != 0 || !config.Contains("jobcomp/filetxt", StringComparison.Ordinal)) return null;
        var location = ConfigValue().Match(config) is { Success: true } match ? match.Groups[1].Value.Trim() : SlurmConfiguration.JobCompletionLog;
        if (!File.Exists(location)) return null;
        var line = File.ReadLines(location).LastOrDefault(l => Field(l, "JobId") == id);
        return line is null || Field(line, "JobState") is not { } state ? null : JobOutcome.FromSlurm(state, Field(line, "ExitCode") ?? "0:0");
    }

    private async Task<JobOutcome?> FromAccountingAsync(string id, CancellationToken cancellationToken)
    {
        var (exit, output, _) = await RunAsync("sacct", ["--noheader", "--allocations", "--parsable2", "--jobs", id, "--format=State,ExitCode"], cancellationToken).ConfigureAwait(false);
        var fields = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault()?.Split('|');
        return exit == 0 && fields is { Length: 2 } ? JobOutcome.FromSlurm(fields[0], fields[1]) : null;
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        if (!HostProbe.ProgramExists(program))
        {
            throw Unavailable(program, $"{program} is not installed on this machine");
        }
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await ProcessRunner.RunAsync(program, arguments, Directory.GetCurrentDirectory(), new Dictionary<string, string>(), output, error, cancellationToken).ConfigureAwait(false);
        return (exit, output.ToString(), error.ToString());
    }

    private static ContainerKit.Diagnostics.DiagnosticException Unavailable(string program, string message) =>
        SchedulingDiagnostics.Exception(SchedulingDiagnostics.SchedulerUnavailableId, program, message, null,
            "run the cluster targets on a Slurm login node (or ./build.sh TestCluster for a single-node cluster on this machine)");

    /// <summary>The value of <c>Name=value</c> in a <c>scontrol --oneliner</c> or job-completion line.</summary>
    private static string? Field(string line, string name)
    {
        var match = Regex.Match(line, $@"(?:^|\s){Regex.Escape(name)}=(\S*)");
        return match.Success ? match.Groups[1].Value : null;
    }

    private static string Line(string first, string second)
    {
        var text = (first.Trim().Length > 0 ? first : second).Trim();
        return text.Length == 0 ? "(no output)" : text.ReplaceLineEndings(" ");
    }

    [GeneratedRegex(@"^\d+(?:_\d+)?\z")]
    private static partial Regex JobIdSyntax();

    [GeneratedRegex(@"(?m)^JobCompLoc\s*=\s*(.+)$")]
    private static partial Regex ConfigValue();
}
