using System.Globalization;

namespace ContainerKit.Clusters;

/// <summary>
/// The image entrypoint's variables a job sets (DESIGN §2 "Entrypoint behaviour"). <c>PROJECT_ROOT_AT</c>,
/// <c>PROJECT_NAME</c> and <c>PACKAGE_NAME</c> come from the environment's project unless set here; secret paths
/// (<c>WANDB_API_KEY_FILE_AT</c>, <c>HF_TOKEN_AT</c>) come from <see cref="Job.Secrets"/>; the Slurm task
/// selection from a <see cref="DistributedJob"/>; <c>SSH_SERVER</c> from a <see cref="RemoteDevelopmentJob"/>.
/// </summary>
public sealed record EntrypointVariables
{
    /// <summary>Where the project is mounted (<c>PROJECT_ROOT_AT</c>); null for the environment's project setting.</summary>
    public string? ProjectRootAt { get; init; }

    /// <summary>The package imported after the install (<c>PACKAGE_NAME</c>); null for the environment's project setting.</summary>
    public string? PackageName { get; init; }

    /// <summary>Skip the editable install of the project (<c>SKIP_INSTALL_PROJECT</c>).</summary>
    public bool SkipInstallProject { get; init; }

    /// <summary>A git config file to link to <c>~/.gitconfig</c> (<c>GIT_CONFIG_AT</c>), or null.</summary>
    public string? GitConfigAt { get; init; }

    /// <summary>Start Jupyter (<c>JUPYTER_SERVER</c>) on this port (<c>JUPYTER_PORT</c>), or null.</summary>
    public int? JupyterPort { get; init; }

    /// <summary>Persist the VS Code server here (<c>VSCODE_SERVER_AT</c>), or null.</summary>
    public string? VscodeServerAt { get; init; }

    /// <summary>Persist the Cursor server here (<c>CURSOR_SERVER_AT</c>), or null.</summary>
    public string? CursorServerAt { get; init; }

    /// <summary>Persist the JetBrains server here (<c>JETBRAINS_SERVER_AT</c>), or null.</summary>
    public string? JetbrainsServerAt { get; init; }

    /// <summary>The PyCharm IDE to start as a remote dev server (<c>PYCHARM_IDE_AT</c>), or null.</summary>
    public string? PycharmIdeAt { get; init; }

    /// <summary>Further variables, e.g. <c>HYDRA_FULL_ERROR=1</c>. Never put a secret's value here: reference it in <see cref="Job.Secrets"/>.</summary>
    public IReadOnlyDictionary<string, string> Extra { get; init; } = new Dictionary<string, string>();

    /// <summary>The variables this record sets (project defaults not included), as name → value.</summary>
    public IEnumerable<KeyValuePair<string, string>> Set()
    {
        if (ProjectRootAt is not null) yield return new("PROJECT_ROOT_AT", ProjectRootAt);
        if (PackageName is not null) yield return new("PACKAGE_NAME", PackageName);
        if (SkipInstallProject) yield return new("SKIP_INSTALL_PROJECT", "1");
        if (GitConfigAt is not null) yield return new("GIT_CONFIG_AT", GitConfigAt);
        if (JupyterPort is { } port)
        {
            yield return new("JUPYTER_SERVER", "1");
            yield return new("JUPYTER_PORT", port.ToString(CultureInfo.InvariantCulture));
        }
        if (VscodeServerAt is not null) yield return new("VSCODE_SERVER_AT", VscodeServerAt);
        if (CursorServerAt is not null) yield return new("CURSOR_SERVER_AT", CursorServerAt);
        if (JetbrainsServerAt is not null) yield return new("JETBRAINS_SERVER_AT", JetbrainsServerAt);
        if (PycharmIdeAt is not null) yield return new("PYCHARM_IDE_AT", PycharmIdeAt);
        foreach (var pair in Extra) yield return pair;
    }
}
