namespace ContainerKit.Rendering;

/// <summary>
/// Expands the placeholders of tag templates in <c>render.json</c>. Pure: the caller supplies the
/// git revision (short sha, suffixed <c>-dirty</c> for uncommitted changes) and the user name.
/// </summary>
public static class ImageTagTemplate
{
    /// <summary>The placeholder for the short git revision.</summary>
    public const string Revision = "{revision}";

    /// <summary>The placeholder for the user name of the user layer.</summary>
    public const string User = "{user}";

    /// <summary>Replaces the placeholders; a template that needs a value that is null is skipped by <see cref="ExpandAll"/>.</summary>
    public static string Expand(string template, string? revision, string? user)
    {
        var result = template;
        if (revision is not null) result = result.Replace(Revision, revision, StringComparison.Ordinal);
        if (user is not null) result = result.Replace(User, user, StringComparison.Ordinal);
        return result;
    }

    /// <summary>Expands every template whose placeholders can all be filled; the others are left out.</summary>
    public static IReadOnlyList<string> ExpandAll(IEnumerable<string> templates, string? revision, string? user) =>
        templates
            .Where(t => (revision is not null || !t.Contains(Revision, StringComparison.Ordinal))
                        && (user is not null || !t.Contains(User, StringComparison.Ordinal)))
            .Select(t => Expand(t, revision, user))
            .ToList();
}
