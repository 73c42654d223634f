using ContainerKit.Definitions;
using ContainerKit.Model;

namespace ContainerKit.Rendering;

/// <summary>
/// Renders <c>shell/</c>: what makes every shell of the images see the environment. Login shells reset PATH
/// through <c>/etc/profile</c> and zsh reads neither the image's ENV logic nor <c>/etc/profile</c>, so
/// <c>setup.sh</c> (run at build time, in the runtime and the development stage) records the image's PATH and
/// hooks <c>path.sh</c> into <c>/etc/profile.d</c> and zsh's <c>zshenv</c>; in the development image it also
/// sets up the interactive zsh (prompt, history in the user's home, Debian's plugins).
/// </summary>
public static class ShellFiles
{
    /// <summary>Folder of the files inside the entry folder (the build context).</summary>
    public const string ContextFolder = "shell";

    /// <summary>Where the files live inside the image.</summary>
    public const string ImageFolder = ImagePaths.Root + "/shell";

    /// <summary>The build-time setup script.</summary>
    public const string SetupPath = ImageFolder + "/setup.sh";

    /// <summary>Debian's zsh plugin packages (sourced from /usr/share when installed).</summary>
    public static IReadOnlyList<string> ZshPluginPackages { get; } = ["zsh-autosuggestions", "zsh-syntax-highlighting"];

    private const string PathScript = """
        # ContainerKit: put the image's PATH (the Python environment first) back in front of PATH.
        # Login shells reset PATH in /etc/profile, and ssh sessions start from sshd's default PATH; this file is
        # sourced from /etc/profile.d (sh, bash) and from /etc/zsh/zshenv (every zsh). POSIX sh.
        ck_image_path=""
        if [ -r /opt/containerkit/shell/image-path ]; then
          IFS= read -r ck_image_path </opt/containerkit/shell/image-path || true
        fi
        ck_missing=""
        ck_rest="${ck_image_path}:"
        while [ -n "$ck_rest" ]; do
          ck_dir="${ck_rest%%:*}"
          ck_rest="${ck_rest#*:}"
          case ":${PATH:-}:" in
            *":$ck_dir:"*) ;;
            *) [ -n "$ck_dir" ] && ck_missing="${ck_missing:+$ck_missing:}$ck_dir" ;;
          esac
        done
        if [ -n "$ck_missing" ]; then
          PATH="$ck_missing${PATH:+:$PATH}"
          export PATH
        fi
        unset ck_image_path ck_missing ck_rest ck_dir
        """;

    private const string SetupCommon = """
        # ContainerKit shell setup, run at build time by the runtime and the development stage:
        # records the image's PATH and makes sh, bash and zsh shells (login or not, ssh included) restore it.
        set -eu
        ck_dir=/opt/containerkit/shell
        printf '%s\n' "$PATH" >"$ck_dir/image-path"
        mkdir -p /etc/profile.d
        ln -sfn "$ck_dir/path.sh" /etc/profile.d/containerkit-path.sh
        # zsh reads /etc/zsh/zshenv in every shell (it never reads /etc/profile); hook it when zsh is installed.
        if [ -f /etc/zsh/zshenv ] && ! grep -qF "$ck_dir/path.sh" /etc/zsh/zshenv; then
          printf '%s\n' "emulate sh -c '. $ck_dir/path.sh' # containerkit" >>/etc/zsh/zshenv
        fi
        """;

    private const string SetupZsh = """
        # The interactive zsh: ContainerKit's defaults from /etc/zsh/zshrc, and a ~/.zshrc for root and new users
        # (useradd copies /etc/skel) so zsh's first-run wizard never starts.
        if [ "${1:-}" = zsh ]; then
          if ! grep -qF "$ck_dir/zshrc" /etc/zsh/zshrc; then
            printf '%s\n' "[[ -r $ck_dir/zshrc ]] && source $ck_dir/zshrc # containerkit" >>/etc/zsh/zshrc
          fi
          for ck_rc in /root/.zshrc /etc/skel/.zshrc; do
            if [ ! -e "$ck_rc" ]; then
              printf '%s\n' "# Your zsh settings. ContainerKit's defaults (prompt, history, plugins) come from /etc/zsh/zshrc." >"$ck_rc"
            fi
          done
        fi
        """;

    private const string Zshrc = """
        # ContainerKit defaults for interactive zsh, sourced from /etc/zsh/zshrc; override them in ~/.zshrc.
        HISTFILE="${HISTFILE:-$HOME/.zsh_history}"
        HISTSIZE=100000
        SAVEHIST=100000
        setopt EXTENDED_HISTORY INC_APPEND_HISTORY HIST_IGNORE_DUPS HIST_IGNORE_SPACE
        setopt AUTO_CD INTERACTIVE_COMMENTS PROMPT_SUBST
        bindkey -e
        autoload -Uz compinit && compinit -u -d "${ZDOTDIR:-$HOME}/.zcompdump"
        # user@host, the working directory, the exit code of a failed command.
        PROMPT='%F{green}%n@%m%f %F{blue}%~%f%(?.. %F{red}[%?]%f)
        %# '
        # Debian's plugin packages, when the image has them (syntax highlighting must come last).
        for ck_plugin in /usr/share/zsh-autosuggestions/zsh-autosuggestions.zsh \
          /usr/share/zsh-syntax-highlighting/zsh-syntax-highlighting.zsh; do
          [[ -r $ck_plugin ]] && source $ck_plugin
        done
        unset ck_plugin
        """;

    /// <summary>The interactive shell's executable.</summary>
    public static string Executable(InteractiveShell shell) => shell switch
    {
        InteractiveShell.Bash => "/bin/bash",
        _ => "/bin/zsh",
    };

    /// <summary>The argument of <c>setup.sh</c> in the development stage.</summary>
    public static string SetupArgument(InteractiveShell shell) => shell == InteractiveShell.Zsh ? "zsh" : "bash";

    /// <summary>Debian packages the development stage adds for <paramref name="model"/>'s interactive shell.</summary>
    public static IReadOnlyList<string> DevPackages(EntryModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.DevShell == InteractiveShell.Zsh
            ? ["zsh", .. model.ZshPlugins ? ZshPluginPackages : []]
            : [];
    }

    /// <summary>The files, paths relative to the entry folder.</summary>
    public static IReadOnlyList<RenderedFile> Render()
    {
        return
        [
            new RenderedFile($"{ContextFolder}/path.sh", Text(PathScript)),
            new RenderedFile($"{ContextFolder}/setup.sh", "#!/bin/sh\n" + Text(SetupCommon) + "\n" + Text(SetupZsh), Executable: true),
            new RenderedFile($"{ContextFolder}/zshrc", Text(Zshrc)),
        ];
    }

    private static string Text(string section) => section.ReplaceLineEndings("\n").Trim('\n') + "\n";
}
