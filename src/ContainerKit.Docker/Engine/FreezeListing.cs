namespace ContainerKit.Docker.Engine;

/// <summary>Raw listings from inside an image for <c>FreezeEnv</c>; a listing is null when its command failed or its tool is absent.</summary>
/// <param name="Dpkg"><c>dpkg-query</c> output, one <c>name&lt;TAB&gt;version</c> per line.</param>
/// <param name="PipFreeze"><c>pip list --exclude-editable --format freeze</c> output.</param>
/// <param name="PipBefore">The image's snapshot of the Python environment before the requirements were installed.</param>
/// <param name="CondaExport"><c>mamba env export --no-builds</c> output.</param>
public sealed record FreezeListing(string? Dpkg, string? PipFreeze, string? PipBefore, string? CondaExport);
