using System.Text.RegularExpressions;

namespace ContainerKit.Lint.Checks;

/// <summary>CK2006: a RUN with a pipe needs pipefail, from the stage's SHELL or a <c>set -o pipefail</c>.</summary>
internal sealed partial class PipefailCheck : ILintCheck
{
    /// <inheritdoc />
    public IEnumerable<LintFinding> Check(LintContext context)
    {
        var document = context.Document;
        // SHELL is image config, so a stage built FROM an earlier stage inherits its shell.
        var pipefailAtEnd = new bool[document.Stages.Count];
        var pipefail = false;
        foreach (var instruction in document.Instructions)
        {
            switch (instruction.Keyword)
            {
                case "FROM":
                    var stage = document.Stages[instruction.StageIndex];
                    var parent = document.PreviousStage(stage.BaseImage, stage.Index);
                    pipefail = parent is not null && pipefailAtEnd[parent.Index];
                    break;
                case "SHELL":
                    pipefail = instruction.JsonArguments is { } shell && SetsPipefail(shell);
                    break;
                case "RUN" when !instruction.IsJsonForm && !pipefail && ShellCommands.HasPipe(instruction.Arguments) &&
                                 !SetPipefailRegex().IsMatch(instruction.Arguments):
                    yield return new LintFinding(LintRules.Pipefail, instruction.Line, "RUN pipes into another command without 'pipefail'");
                    break;
            }
            if (instruction.StageIndex >= 0)
            {
                pipefailAtEnd[instruction.StageIndex] = pipefail;
            }
        }
    }

    /// <summary>True for e.g. ["/bin/bash", "-o", "pipefail", "-c"] or ["/bin/bash", "-euo", "pipefail", "-c"].</summary>
    private static bool SetsPipefail(IReadOnlyList<string> shell)
    {
        for (var i = 1; i < shell.Count; i++)
        {
            if (shell[i] == "pipefail" && shell[i - 1].StartsWith('-') && shell[i - 1].EndsWith('o'))
            {
                return true;
            }
        }
        return false;
    }

    [GeneratedRegex(@"\bset\s+(-[a-zA-Z]*o\s+pipefail|-o\s+pipefail)")]
    private static partial Regex SetPipefailRegex();
}
