using ContainerKit.Rendering;

namespace ContainerKit.Entrypoints;

/// <summary>Renders ContainerKit's own entrypoint scripts for an <see cref="EntrypointOptions"/>.</summary>
public static class EntrypointScripts
{
    /// <summary>Folder of the scripts inside the entry folder (the build context).</summary>
    public const string ContextFolder = "entrypoints";

    /// <summary>Where the scripts live inside the image.</summary>
    public const string ImageFolder = "/opt/containerkit/entrypoints";

    /// <summary>The script the images use as ENTRYPOINT (first of the chain).</summary>
    public const string EntrypointPath = ImageFolder + "/pre-entrypoint.sh";

    /// <summary>The scripts, paths relative to the entry folder (under <see cref="ContextFolder"/>), executable.</summary>
    public static IReadOnlyList<RenderedFile> Render(EntrypointOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return
        [
            new RenderedFile($"{ContextFolder}/entrypoint.sh", MainEntrypointScript.Render(options), Executable: true),
            new RenderedFile($"{ContextFolder}/pre-entrypoint.sh", PreEntrypointScript.Render(options), Executable: true),
        ];
    }
}
