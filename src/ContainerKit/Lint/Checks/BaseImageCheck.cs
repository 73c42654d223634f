using ContainerKit.Definitions;

namespace ContainerKit.Lint.Checks;

/// <summary>CK2001 (tag or digest) and CK2002 (no latest) on every FROM.</summary>
internal sealed class BaseImageCheck : ILintCheck
{
    /// <inheritdoc />
    public IEnumerable<LintFinding> Check(LintContext context)
    {
        foreach (var stage in context.Document.Stages)
        {
            var image = stage.BaseImage;
            // ARG-provided images are resolved at build time; earlier stages and scratch have no tag; a digest pins.
            // A reference that does not parse is the build's error to report, not a pinning question.
            if (image.Contains('$') || image.Equals("scratch", StringComparison.OrdinalIgnoreCase) ||
                context.Document.PreviousStage(image, stage.Index) is not null || ImageReference.TryParse(image) is not { Digest: null } reference)
            {
                continue;
            }
            if (reference.Tag is null)
            {
                yield return new LintFinding(LintRules.UnpinnedBaseImage, stage.Line, "base image has no tag or digest", image);
            }
            else if (reference.Tag == ImageReference.DefaultTag)
            {
                yield return new LintFinding(LintRules.LatestTag, stage.Line, "base image uses the ':latest' tag", image);
            }
        }
    }
}
