namespace ContainerKit.Entrypoints;

/// <summary>
/// <c>entrypoint.sh</c>: project install, logins and remote-development services, each behind its
/// environment variable and compiled in only when its option is on; ends with <c>exec "$@"</c>.
/// Paths come from HOME and the variables, so the script runs as root, as a user, and in tests.
/// </summary>
internal static class MainEntrypointScript
{
    private const string Common = """
        ck_log() { printf '[containerkit] %s\n' "$*" >&2; }
        # Per-user state (sshd keys and config, env file, service logs); owned by whoever runs the container.
        ck_state="${CONTAINERKIT_STATE_DIR:-$HOME/.containerkit}"
        mkdir -p "$ck_state"
        chmod 700 "$ck_state"
        ck_python="$(command -v python || command -v python3 || true)"
        # Reads a secret file without a trailing newline or spaces; never prints it.
        ck_read_secret() { local value; value="$(<"$1")"; printf '%s' "${value//[$'\t\r\n ']/}"; }
        """;

    private const string ProjectRoot = """
        if [[ -z "${PROJECT_ROOT_AT:-}" ]]; then
          ck_log "PROJECT_ROOT_AT is not set: using the working directory $PWD and not installing the project."
          PROJECT_ROOT_AT="$PWD"
          ck_install=""
        elif [[ -n "${SKIP_INSTALL_PROJECT:-}" ]]; then
          ck_log "SKIP_INSTALL_PROJECT is set: not installing the project at $PROJECT_ROOT_AT."
          ck_install=""
        elif [[ ! -f "$PROJECT_ROOT_AT/pyproject.toml" && ! -f "$PROJECT_ROOT_AT/setup.py" ]]; then
          ck_log "No pyproject.toml or setup.py in $PROJECT_ROOT_AT: nothing to install."
          ck_install=""
        else
          ck_install=1
        fi
        export PROJECT_ROOT_AT
        # Commands start in the project, as in the template (relative paths, Hydra's outputs/).
        if [[ -d "$PROJECT_ROOT_AT" ]]; then
          cd "$PROJECT_ROOT_AT"
        else
          ck_log "PROJECT_ROOT_AT ($PROJECT_ROOT_AT) is not a directory; staying in $PWD."
        fi
        """;

    private const string Install = """
        if [[ -n "$ck_install" ]]; then
          # The user site, as in the template; an environment that hides it (a venv without system site packages,
          # PYTHONNOUSERSITE) gets the project itself when it is writable.
          ck_pip_args=(--no-build-isolation)
          case "$("$ck_python" -c 'import os, site, sysconfig; print("user" if site.ENABLE_USER_SITE else "environment" if os.access(sysconfig.get_paths()["purelib"], os.W_OK) else "none")')" in
            user)
              ck_pip_args+=(--user)
              ck_where="user site"
              ;;
            environment) ck_where="environment of $ck_python (user site-packages are not visible in it)" ;;
            *)
              ck_log "User site-packages are not visible to $ck_python and its environment is not writable: cannot install the project (SKIP_INSTALL_PROJECT=1 skips the install)."
              exit 1
              ;;
          esac
          if [[ -n "${SKIP_INSTALL_PROJECT_DEPS:-}" ]]; then
            ck_pip_args+=(--no-deps)
            ck_where="$ck_where, without its dependencies (SKIP_INSTALL_PROJECT_DEPS is set)"
          fi
          ck_log "Installing the project at $PROJECT_ROOT_AT (editable, $ck_where)."
          # Setup output goes to stderr so the command's stdout stays its own.
          "$ck_python" -m pip install "${ck_pip_args[@]}" -e "$PROJECT_ROOT_AT" >&2
        """;

    private const string ImportCheck = """
          ck_log "Checking that the package '$ck_package' imports."
          "$ck_python" -c 'import importlib, sys; importlib.import_module(sys.argv[1])' "$ck_package"
        """;

    private const string Wandb = """
        if [[ -z "${WANDB_API_KEY:-}" && -n "${WANDB_API_KEY_FILE_AT:-}" ]]; then
          if [[ -r "$WANDB_API_KEY_FILE_AT" ]]; then
            WANDB_API_KEY="$(ck_read_secret "$WANDB_API_KEY_FILE_AT")"
            export WANDB_API_KEY
          else
            ck_log "WANDB_API_KEY_FILE_AT ($WANDB_API_KEY_FILE_AT) is not readable; no W&B login."
          fi
        fi
        if [[ -n "${WANDB_API_KEY:-}" ]]; then
          # wandb reads the key from the environment; the login only stores it for later shells.
          if command -v wandb >/dev/null 2>&1; then
            wandb login </dev/null >/dev/null 2>&1 || ck_log "wandb login failed; WANDB_API_KEY stays exported."
          fi
          ck_log "W&B: WANDB_API_KEY is set for this process."
        fi
        """;

    private const string HuggingFace = """
        if [[ -n "${HF_TOKEN_AT:-}" ]]; then
          if [[ -r "$HF_TOKEN_AT" ]]; then
            HF_TOKEN="$(ck_read_secret "$HF_TOKEN_AT")"
            export HF_TOKEN
            # huggingface_hub reads HF_TOKEN from the environment; later shells read the token file, written
            # here with shell builtins so the token is on no command line (/proc/<pid>/cmdline).
            ck_hf_token_file="${HF_TOKEN_PATH:-${HF_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/huggingface}/token}"
            if mkdir -p "$(dirname "$ck_hf_token_file")" && (umask 077 && printf '%s' "$HF_TOKEN" >"$ck_hf_token_file"); then
              ck_log "Hugging Face: HF_TOKEN is set from HF_TOKEN_AT and stored in $ck_hf_token_file."
            else
              ck_log "Hugging Face: HF_TOKEN is set from HF_TOKEN_AT; $ck_hf_token_file is not writable."
            fi
          else
            ck_log "HF_TOKEN_AT ($HF_TOKEN_AT) is not readable; no Hugging Face login."
          fi
        fi
        """;

    private const string GitConfig = """
        if [[ -n "${GIT_CONFIG_AT:-}" ]]; then
          if [[ -e "$GIT_CONFIG_AT" ]]; then
            ln -sfn "$GIT_CONFIG_AT" "$HOME/.gitconfig"
          else
            ck_log "GIT_CONFIG_AT ($GIT_CONFIG_AT) does not exist; not linking ~/.gitconfig."
          fi
        fi
        """;

    private const string Ssh = """
        # Makes the container's variables visible to ssh login shells: a POSIX file of
        # export NAME='value' lines (quotes escaped), sourced from /etc/profile.d when writable
        # (root) or from the user's login profile.
        ck_write_ssh_environment() {
          local env_file="$ck_state/environment.sh" name value hook
          : >"$env_file"
          chmod 600 "$env_file"
          while IFS= read -r name; do
            case "$name" in
              HOME | USER | LOGNAME | SHELL | PWD | OLDPWD | SHLVL | TERM | MAIL | HOSTNAME | _ | SSH_* | BASH_*) continue ;;
            esac
            value="${!name}"
            printf "export %s='%s'\n" "$name" "${value//\'/\'\\\'\'}" >>"$env_file"
          done < <(compgen -e)
          hook="[ -r '$env_file' ] && . '$env_file' # containerkit environment"
          if [[ -w /etc/profile.d ]]; then
            printf '%s\n' "$hook" >/etc/profile.d/zz-containerkit-environment.sh
          else
            local profile="$HOME/.profile"
            [[ -e "$HOME/.bash_login" ]] && profile="$HOME/.bash_login"
            [[ -e "$HOME/.bash_profile" ]] && profile="$HOME/.bash_profile"
            touch "$profile"
            grep -qxF "$hook" "$profile" || printf '%s\n' "$hook" >>"$profile"
          fi
        }

        # sshd with its own config, host keys and pid file under the state dir, so it also runs as
        # a non-root user on a high port (UsePAM no: PAM needs root).
        ck_start_sshd() {
          local port="${SSH_CONTAINER_PORT:-$ck_ssh_default_port}" sshd dir="$ck_state/sshd" type
          sshd="$(command -v sshd || echo /usr/sbin/sshd)"
          if [[ ! -x "$sshd" ]]; then
            ck_log "SSH_SERVER is set but sshd is not installed; not starting it."
            return 0
          fi
          mkdir -p "$dir"
          chmod 700 "$dir"
          for type in ed25519 rsa; do
            if [[ ! -f "$dir/ssh_host_${type}_key" ]]; then
              ssh-keygen -q -t "$type" -N '' -f "$dir/ssh_host_${type}_key"
            fi
          done
          {
            printf 'Port %s\n' "$port"
            printf 'HostKey %s\n' "$dir/ssh_host_ed25519_key" "$dir/ssh_host_rsa_key"
            printf 'PidFile %s\n' "$dir/sshd.pid"
            # Commands run over ssh (non-login shells) get the container's PATH, the Python environment first.
            printf 'SetEnv "PATH=%s"\n' "$PATH"
            # SSH_LISTEN_ADDRESS keeps sshd on one address (e.g. 127.0.0.1) when the container shares the host network.
            if [[ -n "${SSH_LISTEN_ADDRESS:-}" ]]; then
              printf 'ListenAddress %s\n' "$SSH_LISTEN_ADDRESS"
            fi
            printf '%s\n' 'UsePAM no' 'PasswordAuthentication no' 'KbdInteractiveAuthentication no' \
              'PubkeyAuthentication yes' 'AuthorizedKeysFile .ssh/authorized_keys' 'PermitRootLogin prohibit-password' \
              'PrintMotd no' 'Subsystem sftp internal-sftp'
          } >"$dir/sshd_config"
          if [[ "$(id -u)" == "0" ]]; then
            mkdir -p /run/sshd
          fi
          ck_write_ssh_environment
          ck_log "Starting sshd on port $port (log: $dir/sshd.log)."
          "$sshd" -f "$dir/sshd_config" -E "$dir/sshd.log"
        }

        if [[ -n "${SSH_SERVER:-}" ]]; then
          ck_start_sshd
        fi
        """;

    private const string Jupyter = """
        if [[ -n "${JUPYTER_SERVER:-}" ]]; then
          if command -v jupyter >/dev/null 2>&1; then
            ck_jupyter_port="${JUPYTER_PORT:-$ck_jupyter_default_port}"
            ck_log "Starting Jupyter Lab on port $ck_jupyter_port (log: $ck_state/jupyter.log)."
            nohup jupyter lab --no-browser --ip=0.0.0.0 --port="$ck_jupyter_port" \
              --notebook-dir="${PROJECT_ROOT_AT:-$PWD}" >"$ck_state/jupyter.log" 2>&1 &
          else
            ck_log "JUPYTER_SERVER is set but jupyter is not installed; not starting it."
          fi
        fi
        """;

    private const string IdeServers = """
        # Links an IDE server folder in HOME to a persistent location so servers survive containers.
        ck_persist_dir() {
          local source="$1" target="$HOME/$2"
          mkdir -p "$source" "$(dirname "$target")"
          if [[ -e "$target" && ! -L "$target" ]]; then
            ck_log "$target exists and is not a link; leaving it as it is."
            return 0
          fi
          ln -sfn "$source" "$target"
        }
        if [[ -n "${VSCODE_SERVER_AT:-}" ]]; then
          ck_persist_dir "$VSCODE_SERVER_AT" .vscode-server
        fi
        if [[ -n "${CURSOR_SERVER_AT:-}" ]]; then
          ck_persist_dir "$CURSOR_SERVER_AT" .cursor-server
        fi
        if [[ -n "${JETBRAINS_SERVER_AT:-}" ]]; then
          ck_persist_dir "$JETBRAINS_SERVER_AT" .cache/JetBrains
        fi
        if [[ -n "${PYCHARM_IDE_AT:-}" ]]; then
          if [[ -x "$PYCHARM_IDE_AT/bin/remote-dev-server.sh" ]]; then
            ck_log "Starting the JetBrains remote dev server (log: $ck_state/remote-dev-server.log)."
            nohup "$PYCHARM_IDE_AT/bin/remote-dev-server.sh" run "${PROJECT_ROOT_AT:-$PWD}" \
              >"$ck_state/remote-dev-server.log" 2>&1 &
          else
            ck_log "PYCHARM_IDE_AT has no bin/remote-dev-server.sh; not starting the remote dev server."
          fi
        fi
        """;

    /// <summary>The script text for <paramref name="options"/>.</summary>
    public static string Render(EntrypointOptions options)
    {
        var checksImport = options.InstallProject && options.PackageName is not null;
        var install = Install + "\n" + (checksImport ? ImportCheck + "\n" : "") + "fi";
        return new ScriptBuilder("ContainerKit entrypoint: project install, logins, remote-development services, then the command.")
            .Add(Common)
            // The package name is a validated Python identifier: nothing in it needs quoting.
            .Add($"ck_package=\"${{PACKAGE_NAME:-{options.PackageName}}}\"", checksImport)
            .Add(ProjectRoot)
            .Add(install, options.InstallProject)
            .Add(Wandb, options.WandbLogin)
            .Add(HuggingFace, options.HuggingFaceLogin)
            .Add(GitConfig, options.GitConfig)
            .Add($"ck_ssh_default_port={options.DefaultSshPort}\n" + Ssh, options.SshServer)
            .Add($"ck_jupyter_default_port={options.DefaultJupyterPort}\n" + Jupyter, options.JupyterServer)
            .Add(IdeServers, options.IdeServers)
            .Add("exec \"$@\"")
            .ToString();
    }
}
