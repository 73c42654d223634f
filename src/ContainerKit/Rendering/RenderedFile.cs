namespace ContainerKit.Rendering;

/// <summary>One rendered text file of a matrix entry's folder.</summary>
/// <param name="RelativePath">Path below the entry folder with '/' separators, e.g. <c>entrypoints/entrypoint.sh</c>.</param>
/// <param name="Content">The text, '\n' line endings.</param>
/// <param name="Executable">Written with mode 0755 when true.</param>
/// <param name="Private">Written with mode 0600 when true (secret files such as the sudo password hash).</param>
public sealed record RenderedFile(string RelativePath, string Content, bool Executable = false, bool Private = false)
{
    /// <summary>The mode the file is written with, in octal: <c>755</c>, <c>600</c> or <c>644</c>.</summary>
    public string OctalMode => Executable ? "755" : Private ? "600" : "644";

    /// <summary>The mode the file is written with.</summary>
    public UnixFileMode Mode => OctalMode switch
    {
        "755" => UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute,
        "600" => UnixFileMode.UserRead | UnixFileMode.UserWrite,
        _ => UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead,
    };
}
