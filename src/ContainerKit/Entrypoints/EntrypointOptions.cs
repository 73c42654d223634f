namespace ContainerKit.Entrypoints;

/// <summary>
/// What the rendered entrypoint scripts do (DESIGN §2 "Entrypoint behaviour"). Every feature is
/// switched on at run time by its environment variable; these options decide which features are
/// compiled into the scripts at all and their defaults.
/// </summary>
public sealed record EntrypointOptions
{
    /// <summary>Absolute path of the base image's entrypoint to chain, or null for none.</summary>
    public string? BaseEntrypoint { get; init; }

    /// <summary>Exec or source the base entrypoint.</summary>
    public BaseEntrypointMode BaseEntrypointMode { get; init; } = BaseEntrypointMode.Exec;

    /// <summary>Honour SLURM_ONE_ENTRYPOINT_SCRIPT_PER_JOB / _PER_NODE.</summary>
    public bool SlurmSupport { get; init; } = true;

    /// <summary>Install the project mounted at PROJECT_ROOT_AT editable (unless SKIP_INSTALL_PROJECT).</summary>
    public bool InstallProject { get; init; } = true;

    /// <summary>The Python package whose import is checked after the install; null skips the check.</summary>
    public string? PackageName { get; init; }

    /// <summary>W&amp;B login from WANDB_API_KEY or WANDB_API_KEY_FILE_AT.</summary>
    public bool WandbLogin { get; init; } = true;

    /// <summary>Hugging Face login from the token file at HF_TOKEN_AT.</summary>
    public bool HuggingFaceLogin { get; init; } = true;

    /// <summary>Link GIT_CONFIG_AT to ~/.gitconfig.</summary>
    public bool GitConfig { get; init; } = true;

    /// <summary>Start sshd when SSH_SERVER is set.</summary>
    public bool SshServer { get; init; } = true;

    /// <summary>Port sshd listens on when SSH_CONTAINER_PORT is unset.</summary>
    public int DefaultSshPort { get; init; } = 2223;

    /// <summary>Start Jupyter when JUPYTER_SERVER is set.</summary>
    public bool JupyterServer { get; init; } = true;

    /// <summary>Port Jupyter listens on when JUPYTER_PORT is unset.</summary>
    public int DefaultJupyterPort { get; init; } = 8887;

    /// <summary>Persist VS Code / Cursor / JetBrains server dirs (VSCODE_SERVER_AT, CURSOR_SERVER_AT, JETBRAINS_SERVER_AT, PYCHARM_IDE_AT).</summary>
    public bool IdeServers { get; init; } = true;
}
