using ContainerKit.Docker.Registry;
using ContainerKit.Rendering;
using ContainerKit.Targets.Host;

namespace ContainerKit.Targets;

/// <summary>Multi-platform image indexes (issue 16).</summary>
public abstract partial class ContainerKitBuild
{
    /// <summary>PushGeneric also publishes the multi-platform image indexes.</summary>
    [Parameter("PushGeneric: also publish one multi-platform image index per acceleration, role and revision over the pushed platforms, e.g. <image>:cpu-run-latest-root (see PushImageIndex)")]
    public bool ImageIndex { get; set; }

    /// <summary>Publishes the multi-platform image indexes over images already pushed.</summary>
    public Target PushImageIndex => _ => _
        .Description("Publish one multi-platform image index per environment, acceleration, role (run, dev) and revision (latest and the git sha) to --registry, "
            + "over the platforms' images PushGeneric pushed there, e.g. <image>:cpu-run-latest-root over amd64 and arm64")
        .DependsOn(Render)
        .After(PushGeneric)
        .Requires(() => Registry)
        .Executes(async ct => await PublishImageIndexesAsync(await PushRevisionsAsync(ct), ct));

    /// <summary>
    /// Publishes, for each environment and acceleration of the selection, one index per generic role and revision over
    /// that group's platforms (the per-platform tags stay); prints each index with its platforms.
    /// </summary>
    private async Task PublishImageIndexesAsync(IReadOnlyList<string> revisions, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(5) };
        var publisher = new ImageIndexPublisher(RegistryClientFor(http, Registry!, RegistryCredentials()));
        var groups = RenderedEntries().GroupBy(f => (f.Manifest.Environment, f.Manifest.Acceleration)).OrderBy(g => g.Key);
        foreach (var group in groups)
        {
            var folders = group.OrderBy(f => f.Manifest.Platform, StringComparer.Ordinal).ToList();
            foreach (var role in new[] { ImageRoles.Run, ImageRoles.Dev })
            {
                foreach (var revision in revisions)
                {
                    var images = folders.Select(f => (f.Manifest.Platform, Local: ImageTagTemplate.Expand(f.Manifest.Image(role).TagTemplates[0], revision, null))).ToList();
                    var index = InRegistry(MultiPlatformTag.Of(images[0].Local, images[0].Platform));
                    await publisher.PublishAsync(index, images.Select(i => (InRegistry(i.Local).Tag!, i.Platform)).ToList(), cancellationToken);
                    WriteLine($"  {group.Key.Environment}/{group.Key.Acceleration} {role}: {index} over {string.Join(", ", images.Select(i => "linux/" + i.Platform))}");
                }
            }
        }
    }

    /// <summary>A distribution-API client for <paramref name="registry"/> (<c>host[/namespace]</c>): the explicit credentials, else the docker CLI's login.</summary>
    private static RegistryClient RegistryClientFor(HttpClient http, string registry, RegistryCredentials? credentials) =>
        new(http, credentials ?? DockerAuthConfig.Load().For(Definitions.ImageReference.Parse(registry + "/x").Registry!));

    private Definitions.ImageReference InRegistry(string local) => Definitions.ImageReference.Parse(local).InRegistry(Registry!);
}
