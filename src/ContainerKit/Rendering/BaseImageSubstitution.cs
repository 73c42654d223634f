using ContainerKit.Definitions;
using ContainerKit.Diagnostics;
using ContainerKit.Model;
using ContainerKit.Validation;

namespace ContainerKit.Rendering;

/// <summary>
/// Replaces one base image reference by another when rendering, e.g. <c>debian:bookworm-slim</c> by a mirror or a
/// local image, for air-gapped clusters, registry mirrors, rate limits and the test engine. Written
/// <c>[platform:]from=to</c>; with a platform it applies to that platform's entries only.
/// </summary>
/// <param name="Platform">The platform it is limited to, or null for every platform.</param>
/// <param name="From">The reference a definition names.</param>
/// <param name="To">The reference rendered instead.</param>
public sealed record BaseImageSubstitution(Platform? Platform, ImageReference From, ImageReference To)
{
    /// <summary>Where the setting comes from, for diagnostics.</summary>
    public const string Option = "--base-image-substitutions";

    /// <summary>Parses <c>[platform:]from=to</c>; a malformed value throws a CK1040 diagnostic naming it.</summary>
    public static BaseImageSubstitution Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var equals = text.IndexOf('=');
        if (equals < 0) throw Invalid(text, "expected from=to");
        var (platform, from) = SplitPlatform(text[..equals].Trim());
        var fromReference = ImageReference.TryParse(from) ?? throw Invalid(text, $"'{from}' is not an image reference");
        var to = text[(equals + 1)..].Trim();
        var toReference = ImageReference.TryParse(to) ?? throw Invalid(text, $"'{to}' is not an image reference");
        return new BaseImageSubstitution(platform, fromReference, toReference);
    }

    /// <summary>True when this substitution replaces <paramref name="reference"/> for <paramref name="entry"/>.</summary>
    public bool Matches(ImageReference reference, MatrixEntry entry)
    {
        ArgumentNullException.ThrowIfNull(reference);
        // A rule without a digest also matches the frozen (digest-pinned) form of its image, so FreezeEnv never turns a substitution off.
        var candidate = From.Digest is null && reference.Tag is not null ? reference with { Digest = null } : reference;
        return (Platform is null || Platform == entry.Platform) && Canonical(candidate) == Canonical(From);
    }

    /// <inheritdoc />
    public override string ToString() => (Platform is null ? "" : Platform.Value.ToString().ToLowerInvariant() + ":") + $"{From}={To}";

    /// <summary>Docker Hub's short and long spellings (<c>debian</c>, <c>docker.io/library/debian:latest</c>) compare equal.</summary>
    private static string Canonical(ImageReference reference) => reference.Canonical().ToString();

    /// <summary>A leading platform name and colon (<c>arm64:</c>) limits the substitution to that platform.</summary>
    private static (Platform? Platform, string Reference) SplitPlatform(string from)
    {
        var colon = from.IndexOf(':');
        if (colon > 0 && Enum.TryParse<Platform>(from[..colon], ignoreCase: true, out var platform) && Enum.IsDefined(platform)
            && ImageReference.TryParse(from[(colon + 1)..]) is not null)
        {
            return (platform, from[(colon + 1)..]);
        }
        return (null, from);
    }

    private static DiagnosticException Invalid(string text, string why) =>
        new([DefinitionRules.BaseImageSubstitution.At(Option, why, text)]);
}
