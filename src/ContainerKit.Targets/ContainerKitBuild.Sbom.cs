using ContainerKit.Definitions;
using ContainerKit.Diagnostics;
using ContainerKit.Docker.Registry;
using ContainerKit.Docker.Engine;
using ContainerKit.Docker.Sbom;
using ContainerKit.Rendering;
using ContainerKit.Scripting.Compilation;
using ContainerKit.Targets.Host;
using ContainerKit.Targets.Matrix;
using ContainerKit.Validation;

namespace ContainerKit.Targets;

/// <summary>SBOMs of the built images (issue 16): the Sbom target and the sidecar PushGeneric publishes.</summary>
public abstract partial class ContainerKitBuild
{
    /// <summary>Where SBOMs are written: <c>artifacts/sbom/&lt;environment&gt;/&lt;entry&gt;-&lt;role&gt;.cdx.json</c>.</summary>
    public const string SbomFolder = "artifacts/sbom";

    private static readonly string[] KnownRoles = [ImageRoles.Run, ImageRoles.Dev, ImageRoles.RunUser, ImageRoles.DevUser];

    /// <summary>CK1270: a <c>--role</c> names an image role of an entry.</summary>
    private static readonly DiagnosticRule RoleRule = new("CK1270", DiagnosticSeverity.Error, "role",
        $"Use the image roles {string.Join(", ", KnownRoles)} (run and dev are the generic images, run-user and dev-user the user layer).");

    /// <summary>Image roles Sbom acts on.</summary>
    [Parameter("Sbom: image roles to describe (run, dev, run-user, dev-user); default run and dev", Name = "role")]
    public string[] RoleFilter { get; set; } = [];

    /// <summary>Writes the CycloneDX SBOM of each selected image.</summary>
    public Target Sbom => _ => _
        .Description("Write a CycloneDX SBOM (dpkg, pip and conda packages read from the image) of each built image (--role, --revision) to artifacts/sbom/<environment>/<entry>-<role>.cdx.json")
        .DependsOn(Render)
        .After(BuildGeneric, BuildUser)
        .Executes(ct => UseEngineAsync(async engine =>
        {
            var roles = SelectedRoles();
            var user = roles.Any(r => r is ImageRoles.RunUser or ImageRoles.DevUser) ? Checked(await LayerUserAsync(ct)).UserName : null;
            await ForEachEntryAsync("sbom", async (folder, token) =>
            {
                foreach (var role in roles)
                {
                    var image = ImageTagTemplate.Expand(folder.Manifest.Image(role).TagTemplates[0], Revision ?? "latest", user);
                    var path = await WriteSbomAsync(engine, folder, role, image, token);
                    WriteLine($"  {MatrixRunner.NameOf(folder)} {role}: {Path.GetRelativePath(RootDirectory, path)} ({image})");
                }
            }, ct);
        }, ct));

    /// <summary>Writes the SBOM of <paramref name="image"/> (role <paramref name="role"/> of <paramref name="folder"/>) and returns its path.</summary>
    private async Task<string> WriteSbomAsync(IContainerEngine engine, RenderedFolder folder, string role, string image, CancellationToken cancellationToken)
    {
        var buildTarget = folder.Manifest.Image(role).BaseRole is null ? nameof(BuildGeneric) : nameof(BuildUser);
        var document = await ImageSbom.CreateAsync(engine, image, buildTarget, cancellationToken);
        var path = Path.Combine(RootDirectory, SbomFolder, folder.Manifest.Environment, $"{folder.Manifest.Entry}-{role}.cdx.json");
        AtomicFile.WriteAllText(path, document);
        return path;
    }

    /// <summary>--role, checked (CK1270), default run and dev.</summary>
    private IReadOnlyList<string> SelectedRoles()
    {
        if (RoleFilter.Length == 0) return [ImageRoles.Run, ImageRoles.Dev];
        var unknown = RoleFilter.Where(r => !KnownRoles.Contains(r, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
            throw new DiagnosticException(unknown.Select(r => RoleRule.At("--role", $"'{r}' is not an image role", r)).ToList());
        return RoleFilter.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Pushes the SBOM of every image <paramref name="options"/> pushed, under its sidecar tag (<c>&lt;tag&gt;.sbom</c>); the
    /// SBOM of each role's first revision is also written to artifacts/sbom. Returns the sidecar references.
    /// </summary>
    private async Task<IReadOnlyList<string>> PushSbomsAsync(IContainerEngine engine, RenderedFolder folder, PushOptions options, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(5) };
        var publisher = new SbomPublisher(RegistryClientFor(http, options.Registry, options.Credentials));
        var documents = new Dictionary<string, string>(StringComparer.Ordinal);
        var pushed = new List<string>();
        foreach (var role in options.Roles)
        {
            foreach (var revision in options.Revisions)
            {
                var local = ImageTagTemplate.Expand(folder.Manifest.Image(role).TagTemplates[0], revision, options.User);
                var id = (await engine.InspectImageAsync(local, cancellationToken))?.Id ?? local;
                if (!documents.TryGetValue(id, out var document))
                {
                    var path = await WriteSbomAsync(engine, folder, role, local, cancellationToken);
                    documents[id] = document = await File.ReadAllTextAsync(path, cancellationToken);
                }

                var fileName = $"{folder.Manifest.Entry}-{role}.cdx.json";
                pushed.Add(await publisher.PushAsync(ImageReference.Parse(local).InRegistry(options.Registry), id, document, fileName, cancellationToken));
            }
        }

        return pushed;
    }
}
