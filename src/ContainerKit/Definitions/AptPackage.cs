namespace ContainerKit.Definitions;

/// <summary>
/// A Debian package as written in an apt list: a name with an optional <c>=version</c> pin
/// (<c>git</c>, <c>curl=7.88.1-10+deb12u5</c>). Checked by the validation pass (CK1001, CK1002, CK1011).
/// </summary>
public sealed record AptPackage
{
    /// <summary>Wraps the text as written; validation reports a bad name or pin.</summary>
    public AptPackage(string text) => Text = text ?? "";

    /// <summary>The package as written, e.g. <c>curl=7.88.1-10</c>.</summary>
    public string Text { get; }

    /// <summary>The package name without the version pin.</summary>
    public string Name => Text.Split('=', 2)[0];

    /// <summary>The pinned version, or null when unpinned.</summary>
    public string? Version => Text.Contains('=') ? Text.Split('=', 2)[1] : null;

    /// <summary>Allows <c>"git"</c> wherever an <see cref="AptPackage"/> is expected.</summary>
    public static implicit operator AptPackage(string text) => new(text);

    /// <inheritdoc />
    public override string ToString() => Text;
}
