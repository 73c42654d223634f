namespace ContainerKit.Definitions;

/// <summary>The interactive shell of the development image: what <c>Dev</c> and <c>EmptyInteractive</c> open.</summary>
public enum InteractiveShell
{
    /// <summary>zsh (the template's shell), with a prompt, history in the user's home and, optionally, Debian's plugins.</summary>
    Zsh,

    /// <summary>bash.</summary>
    Bash,
}
