namespace ContainerKit.Rendering;

/// <summary>The image roles of a rendered entry, as named in <c>render.json</c>.</summary>
public static class ImageRoles
{
    /// <summary>The generic (root) run image: stage <see cref="StageNames.Runtime"/>.</summary>
    public const string Run = "run";

    /// <summary>The generic (root) development image: stage <see cref="StageNames.Development"/>.</summary>
    public const string Dev = "dev";

    /// <summary>The user layer on <see cref="Run"/>.</summary>
    public const string RunUser = "run-user";

    /// <summary>The user layer on <see cref="Dev"/>.</summary>
    public const string DevUser = "dev-user";
}
