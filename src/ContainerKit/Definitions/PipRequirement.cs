namespace ContainerKit.Definitions;

/// <summary>A PEP 508 requirement (<c>numpy&gt;=1.26</c>, <c>torch[cuda]==2.3.1; sys_platform == "linux"</c>). Checked by CK1003.</summary>
public sealed record PipRequirement
{
    /// <summary>Wraps the text as written.</summary>
    public PipRequirement(string text) => Text = text ?? "";

    /// <summary>The requirement as written.</summary>
    public string Text { get; }

    /// <summary>Allows a string wherever a requirement is expected.</summary>
    public static implicit operator PipRequirement(string text) => new(text);

    /// <inheritdoc />
    public override string ToString() => Text;
}
