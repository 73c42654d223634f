namespace ContainerKit.Definitions;

/// <summary>A conda match spec (<c>python=3.11</c>, <c>conda-forge::numpy&gt;=1.26</c>, <c>pytorch 2.3.* *cuda*</c>). Checked by CK1004.</summary>
public sealed record CondaSpec
{
    /// <summary>Wraps the text as written.</summary>
    public CondaSpec(string text) => Text = text ?? "";

    /// <summary>The spec as written.</summary>
    public string Text { get; }

    /// <summary>Allows a string wherever a spec is expected.</summary>
    public static implicit operator CondaSpec(string text) => new(text);

    /// <inheritdoc />
    public override string ToString() => Text;
}
