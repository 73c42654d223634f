namespace ContainerKit.Clusters.Rendering;

/// <summary>One rendered job file, written to <c>artifacts/jobs/&lt;cluster&gt;/&lt;FileName&gt;</c>.</summary>
/// <param name="FileName">The file name: <c>&lt;job&gt;.sbatch</c>, <c>.yaml</c>, <c>.sh</c> or <c>.toml</c>.</param>
/// <param name="Text">The content, <c>\n</c> line endings.</param>
/// <param name="Executable">Whether the file is a script to mark executable.</param>
public sealed record JobFile(string FileName, string Text, bool Executable = false);
