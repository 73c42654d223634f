using ContainerKit.Dockerfiles;

namespace ContainerKit.Lint;

/// <summary>A RUN instruction with its script and the simple commands in it.</summary>
internal sealed record RunScript(DockerfileInstruction Instruction, string Script, IReadOnlyList<IReadOnlyList<string>> Commands)
{
    /// <summary>The commands with a leading <c>sudo</c> removed, i.e. the programs that actually run.</summary>
    public IEnumerable<IReadOnlyList<string>> Programs => Commands.Select(ShellCommands.WithoutSudo).Where(c => c.Count > 0);

    /// <summary>The programs whose name is one of <paramref name="names"/>.</summary>
    public IEnumerable<IReadOnlyList<string>> Invocations(params string[] names) =>
        Programs.Where(c => names.Contains(c[0]));

    /// <summary>True when a cache mount of this RUN covers <paramref name="path"/>.</summary>
    public bool HasCacheMountCovering(string path) => Instruction.Mounts.Any(m => m.IsCacheCovering(path));
}
