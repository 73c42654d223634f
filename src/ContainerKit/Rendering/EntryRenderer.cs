using ContainerKit.Entrypoints;
using ContainerKit.Model;

namespace ContainerKit.Rendering;

/// <summary>Renders every file of one matrix entry's folder, <c>render.json</c> last (it carries the hash of the others).</summary>
public static class EntryRenderer
{
    /// <summary>The files of <paramref name="model"/>'s entry folder, sorted by path.</summary>
    public static IReadOnlyList<RenderedFile> Render(EntryModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var files = new List<RenderedFile>
        {
            new(ImagePaths.GenericDockerfile, GenericDockerfile.Render(model)),
            new(ImagePaths.UserDockerfile, UserDockerfile.Render(model)),
            new(ComposeFile.FileName, ComposeFile.Render(model)),
            new(EnvExample.FileName, EnvExample.Render(model)),
            new(".dockerignore", "# The folder is the build context; only what the Dockerfiles COPY is needed.\n" + RenderManifest.FileName + "\n" + ComposeFile.FileName + "\n" + EnvExample.FileName + "\n.env\n"
                + (UserDockerfile.Secrets(model).Count > 0 ? UserDockerfile.SecretsFolder + "\n" : "")),
        };
        files.AddRange(UserDockerfile.SecretFiles(model));
        files.AddRange(EntrypointScripts.Render(model.Entrypoint));
        files.AddRange(ShellFiles.Render());
        files.AddRange(PythonStage.Render(model.Python));
        files.AddRange(DependencyFolder.Render(model));
        var manifest = Manifest(model, ContentHash.Of(files));
        files.Add(new RenderedFile(RenderManifest.FileName, ManifestJson.Write(WithImageHashes(manifest, files))));
        return files.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
    }

    /// <summary><paramref name="manifest"/> with each image's own render hash (<see cref="ImageContentHash"/>) over <paramref name="files"/>.</summary>
    public static RenderManifest WithImageHashes(RenderManifest manifest, IReadOnlyList<RenderedFile> files)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var image in manifest.Images.OrderBy(i => i.BaseRole is null ? 0 : 1))
        {
            hashes[image.Role] = ImageContentHash.Of(files, image.Role, image.Dockerfile, image.Target,
                image.BaseRole is { } baseRole ? hashes.GetValueOrDefault(baseRole) : null, image.Secrets?.Values);
        }

        return manifest with { Images = manifest.Images.Select(i => i with { ContentHash = hashes[i.Role] }).ToList() };
    }

    /// <summary>The manifest of <paramref name="model"/> with the given content hash.</summary>
    public static RenderManifest Manifest(EntryModel model, string contentHash)
    {
        var revisionArgs = new Dictionary<string, string> { [GenericDockerfile.RevisionArgument] = ImageTagTemplate.Revision };
        var userArgs = new Dictionary<string, string>();
        var secrets = UserDockerfile.Secrets(model);
        var userSecrets = secrets.Count > 0 ? secrets : null;
        IReadOnlyList<string>? hostSecrets = model.Python is PipInstall { NetrcSecret: true } ? [Definitions.PipSources.NetrcSecretId] : null;
        return new RenderManifest(
            model.EnvironmentName,
            model.Entry.Key,
            model.Entry.PlatformName,
            model.Entry.AccelerationName,
            model.Project.ImageName,
            model.Project.ProjectRootAt,
            [
                new ManifestImage(ImageRoles.Run, ImagePaths.GenericDockerfile, StageNames.Runtime, null, revisionArgs, [ImageNames.Generic(model, "run")]) { HostSecrets = hostSecrets },
                new ManifestImage(ImageRoles.Dev, ImagePaths.GenericDockerfile, StageNames.Development, null, revisionArgs, [ImageNames.Generic(model, "dev")]) { HostSecrets = hostSecrets },
                new ManifestImage(ImageRoles.RunUser, ImagePaths.UserDockerfile, null, ImageRoles.Run, userArgs, [ImageNames.User(model, "run")]) { Secrets = userSecrets },
                new ManifestImage(ImageRoles.DevUser, ImagePaths.UserDockerfile, null, ImageRoles.Dev, userArgs, [ImageNames.User(model, "dev")]) { Secrets = userSecrets },
            ],
            contentHash)
        {
            Devices = Acceleration.BuiltIn.Contains(model.Entry.Acceleration) ? null : model.Entry.Acceleration.Devices,
            Mounts = model.Mounts.Count > 0 ? model.Mounts : null,
        };
    }
}
