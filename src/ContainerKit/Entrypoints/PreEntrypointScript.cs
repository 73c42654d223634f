namespace ContainerKit.Entrypoints;

/// <summary>
/// <c>pre-entrypoint.sh</c>, the image ENTRYPOINT: decides whether this process runs the setup
/// (Slurm), chains the base image's entrypoint, then runs <c>entrypoint.sh</c> with the command.
/// </summary>
internal static class PreEntrypointScript
{
    private const string Locate = """
        ck_here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
        ck_log() { printf '[containerkit] %s\n' "$*" >&2; }
        # The setup is entrypoint.sh; skipping it means running the command directly.
        ck_next=("$ck_here/entrypoint.sh")
        """;

    private const string Slurm = """
        # Multi-task Slurm jobs: optionally only task 0 of the job, or of each node, runs the setup.
        if [[ -n "${SLURM_ONE_ENTRYPOINT_SCRIPT_PER_JOB:-}" && "${SLURM_PROCID:-0}" != "0" ]]; then
          ck_log "Slurm task ${SLURM_PROCID}: the setup runs once per job, skipping it here."
          ck_next=()
        elif [[ -n "${SLURM_ONE_ENTRYPOINT_SCRIPT_PER_NODE:-}" && "${SLURM_LOCALID:-0}" != "0" ]]; then
          ck_log "Slurm local task ${SLURM_LOCALID}: the setup runs once per node, skipping it here."
          ck_next=()
        fi
        """;

    private const string ExecBase = """
        # The base image's entrypoint runs its arguments at the end (exec "$@"), so it gets ours.
        if [[ -n "$ck_base" && -x "$ck_base" ]]; then
          exec "$ck_base" "${ck_next[@]}" "$@"
        elif [[ -n "$ck_base" ]]; then
          ck_log "BASE_ENTRYPOINT '$ck_base' is not executable; not chaining it."
        fi
        """;

    private const string SourceBase = """
        # Sourced so the environment the base entrypoint sets up stays in this process.
        if [[ -n "$ck_base" && -r "$ck_base" ]]; then
          set +eu
          # shellcheck source=/dev/null
          source "$ck_base"
          set -eu
        elif [[ -n "$ck_base" ]]; then
          ck_log "BASE_ENTRYPOINT '$ck_base' is not readable; not sourcing it."
        fi
        """;

    private const string Finish = "exec \"${ck_next[@]}\" \"$@\"";

    /// <summary>The script text for <paramref name="options"/>.</summary>
    public static string Render(EntrypointOptions options)
    {
        var chainsBase = options.BaseEntrypoint is not null;
        var baseVariable = chainsBase
            ? $"# BASE_ENTRYPOINT overrides the base image's entrypoint; set it empty to skip it.\nck_base_default={ShellQuoting.Quote(options.BaseEntrypoint!)}\nck_base=\"${{BASE_ENTRYPOINT-$ck_base_default}}\""
            : "";
        return new ScriptBuilder("ContainerKit pre-entrypoint: Slurm task selection, base entrypoint chain, then entrypoint.sh.")
            .Add(Locate)
            .Add(Slurm, options.SlurmSupport)
            .Add(baseVariable, chainsBase)
            .Add(options.BaseEntrypointMode == BaseEntrypointMode.Exec ? ExecBase : SourceBase, chainsBase)
            .Add(Finish)
            .ToString();
    }
}
