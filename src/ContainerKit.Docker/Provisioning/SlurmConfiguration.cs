using System.Globalization;

namespace ContainerKit.Docker.Provisioning;

/// <summary>
/// The <c>slurm.conf</c> of the single-node test cluster (facts checked on these machines, DESIGN §7): this
/// machine as the controller and the only node, addressed on loopback, Linux process tracking without cgroups,
/// no accounting, and a job-completion log. Paths are fixed system paths, so every checkout writes the same file.
/// </summary>
public static class SlurmConfiguration
{
    /// <summary>Where Slurm's daemons and client commands read the configuration.</summary>
    public const string ConfigPath = "/etc/slurm/slurm.conf";

    /// <summary>The first line of the file ContainerKit writes; a <c>slurm.conf</c> without it is someone else's and never rewritten.</summary>
    public const string Marker = "# Written by ContainerKit's TestCluster: a single-node Slurm cluster for the integration tests.";

    /// <summary>State of the controller and the node daemon.</summary>
    public const string StateFolder = "/var/lib/containerkit-test-slurm";

    /// <summary>The daemons' logs and the job-completion log.</summary>
    public const string LogFolder = "/var/log/containerkit-test-slurm";

    /// <summary>One line per finished job (<c>JobId=... JobState=... ExitCode=...</c>).</summary>
    public const string JobCompletionLog = LogFolder + "/jobcomp.log";

    /// <summary>The partition every job lands in.</summary>
    public const string Partition = "debug";

    /// <summary>The configuration for node <paramref name="host"/> with <paramref name="cpus"/> CPUs and <paramref name="memoryMebibytes"/> MiB schedulable.</summary>
    public static string Render(string host, int cpus, long memoryMebibytes) => string.Create(CultureInfo.InvariantCulture, $"""
        {Marker}
        ClusterName=containerkit-test
        SlurmctldHost={host}(127.0.0.1)
        SlurmUser=root
        SlurmdUser=root
        AuthType=auth/munge
        StateSaveLocation={StateFolder}/slurmctld
        SlurmdSpoolDir={StateFolder}/slurmd
        SlurmctldPidFile={StateFolder}/slurmctld.pid
        SlurmdPidFile={StateFolder}/slurmd.pid
        SlurmctldLogFile={LogFolder}/slurmctld.log
        SlurmdLogFile={LogFolder}/slurmd.log
        ProctrackType=proctrack/linuxproc
        TaskPlugin=task/none
        SelectType=select/cons_tres
        SelectTypeParameters=CR_CPU_Memory
        SchedulerType=sched/backfill
        MpiDefault=none
        AccountingStorageType=accounting_storage/none
        JobAcctGatherType=jobacct_gather/none
        JobCompType=jobcomp/filetxt
        JobCompLoc={JobCompletionLog}
        MailProg=/bin/true
        ReturnToService=2
        MinJobAge=3600
        KillWait=10
        InactiveLimit=0
        DefMemPerCPU=256
        NodeName={host} NodeAddr=127.0.0.1 CPUs={cpus} RealMemory={memoryMebibytes} State=UNKNOWN
        PartitionName={Partition} Nodes=ALL Default=YES MaxTime=INFINITE State=UP

        """);
}
