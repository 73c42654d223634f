using ContainerKit.Model;

namespace ContainerKit.Rendering;

/// <summary>
/// Renders <c>.env.example</c>: the variables <c>compose.yaml</c> and the entrypoint read, with their defaults.
/// <c>./build.sh Env</c> writes the real <c>.env</c> from the host; secrets are referenced by file, never inlined.
/// </summary>
public static class EnvExample
{
    /// <summary>File name in the entry folder.</summary>
    public const string FileName = ".env.example";

    /// <summary>The file text of <paramref name="model"/>.</summary>
    public static string Render(EntryModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var entrypoint = model.Entrypoint;
        var lines = new List<string>
        {
            "# Variables for compose.yaml and the entrypoint. `./build.sh Env` writes .env from the host.",
            "# The user layer (Dockerfile.user): your name and ids, so files in the mounted project keep their owner.",
            "USR=",
            "USRID=",
            "GRP=",
            "GRPID=",
            "# The project folder mounted at PROJECT_ROOT_AT (relative to this folder).",
            $"LOCAL_PROJECT_DIR={ComposeFile.DefaultProjectDirectory}",
            $"PROJECT_ROOT_AT={model.Project.ProjectRootAt}",
        };
        if (entrypoint.InstallProject) lines.AddRange(["# Set to 1 to skip the editable install of the project.", "# SKIP_INSTALL_PROJECT=1"]);
        if (entrypoint.WandbLogin) lines.AddRange(["# A file holding the W&B API key (never put the key itself here).", "# WANDB_API_KEY_FILE_AT="]);
        if (entrypoint.HuggingFaceLogin) lines.AddRange(["# A file holding the Hugging Face token.", "# HF_TOKEN_AT="]);
        if (entrypoint.GitConfig) lines.AddRange(["# A git config file to use inside the container.", "# GIT_CONFIG_AT="]);
        if (entrypoint.SshServer) lines.AddRange(["# Start sshd in the container on SSH_CONTAINER_PORT (optionally only on SSH_LISTEN_ADDRESS).", "# SSH_SERVER=1", $"# SSH_CONTAINER_PORT={entrypoint.DefaultSshPort}", "# SSH_LISTEN_ADDRESS=127.0.0.1"]);
        if (entrypoint.JupyterServer) lines.AddRange(["# Start a Jupyter server on JUPYTER_PORT.", "# JUPYTER_SERVER=1", $"# JUPYTER_PORT={entrypoint.DefaultJupyterPort}"]);
        if (entrypoint.IdeServers) lines.AddRange(["# Folders (in the mounted project) keeping IDE servers across containers.", "# VSCODE_SERVER_AT=", "# CURSOR_SERVER_AT=", "# JETBRAINS_SERVER_AT="]);
        return string.Concat(lines.Select(l => l + "\n"));
    }
}
