using System.Text.RegularExpressions;

namespace ContainerKit.Clusters;

/// <summary>The name syntaxes of schedulers (pure functions).</summary>
public static partial class ClusterNames
{
    /// <summary>A Slurm job name ContainerKit accepts (and a file name): 1-64 letters, digits, '.', '_', '-', starting with a letter or digit.</summary>
    public static bool IsSlurmName(string value) => SlurmName().IsMatch(value);

    /// <summary>A DNS-1123 label (Kubernetes object names): at most 63 lower-case letters, digits and '-', alphanumeric at both ends.</summary>
    public static bool IsDns1123Label(string value) => value.Length <= 63 && Dns1123Label().IsMatch(value);

    /// <summary>A plain scheduler word (partition, account, qos).</summary>
    public static bool IsSchedulerWord(string value) => SchedulerWord().IsMatch(value);

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}\z")]
    private static partial Regex SlurmName();

    [GeneratedRegex(@"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\z")]
    private static partial Regex Dns1123Label();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]*\z")]
    private static partial Regex SchedulerWord();
}
