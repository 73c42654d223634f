using ContainerKit.Diagnostics;
using ContainerKit.Dockerfiles;
using ContainerKit.Lint.Checks;

namespace ContainerKit.Lint;

/// <summary>Checks rendered (or hand-written) Dockerfiles against ContainerKit's CK2xxx rules (<see cref="LintRules"/>).</summary>
public static class DockerfileLinter
{
    private static readonly ILintCheck[] Checks =
    [
        new BaseImageCheck(), new AptCheck(), new PipefailCheck(), new RunCommandCheck(), new PipCacheCheck(),
        new WorkdirCheck(), new AddCheck(), new EntrypointCheck(), new SecretNameCheck(), new UserLayerCheck(),
        new StageNameCheck(), new UnknownInstructionCheck(), new InstallerCheck(),
    ];

    /// <summary>Lints <paramref name="text"/>; locations are <c>path:line</c>, ordered by line then id.</summary>
    public static IReadOnlyList<Diagnostic> Lint(string path, string text, DockerfileKind kind)
    {
        var context = new LintContext(DockerfileParser.Parse(text), kind);
        return Checks
            .SelectMany(check => check.Check(context))
            .OrderBy(f => f.Line)
            .ThenBy(f => f.Rule.Id, StringComparer.Ordinal)
            .Select(f => new Diagnostic(f.Rule.Id, f.Rule.Severity, $"{path}:{f.Line}", f.Message, f.Value, f.Rule.Hint))
            .ToList();
    }
}
