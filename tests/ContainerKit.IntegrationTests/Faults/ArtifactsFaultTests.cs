using ContainerKit.Diagnostics;
using ContainerKit.Docker;
using ContainerKit.Docker.Engine;
using ContainerKit.Docker.Progress;
using ContainerKit.Rendering;

namespace ContainerKit.IntegrationTests.Faults;

/// <summary>
/// <c>artifacts/</c> deleted, or render.json corrupted, between Render and BuildGeneric: the target renders the
/// folder again and builds; the engine given such a folder directly refuses it with CK3005 naming the file.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class ArtifactsFaultTests(FaultEngine faults)
{
    [Fact]
    public async Task BuildGeneric_renders_again_after_artifacts_was_deleted_or_render_json_corrupted()
    {
        using var repository = await RenderedAsync("artifacts");
        var manifest = Path.Combine(repository.EntryFolder, RenderManifest.FileName);
        var rendered = File.ReadAllText(manifest);

        Directory.Delete(Path.Combine(repository.Root, "artifacts"), recursive: true);
        var afterDelete = await faults.RunAsync(repository.Root, FaultEngine.Limit, "BuildGeneric");
        Assert.True(afterDelete.Exit == 0, afterDelete.Output);
        Assert.Matches(@"(?m)^wrote +artifacts/containers/it-faults/amd64-cpu$", afterDelete.Output);
        Assert.Equal(rendered, File.ReadAllText(manifest));

        File.WriteAllText(manifest, "{ \"entry\": \"amd64-cpu\", ");
        var afterCorruption = await faults.RunAsync(repository.Root, FaultEngine.Limit, "BuildGeneric");
        Assert.True(afterCorruption.Exit == 0, afterCorruption.Output);
        Assert.Matches(@"(?m)^wrote +artifacts/containers/it-faults/amd64-cpu$", afterCorruption.Output);
        Assert.Equal(rendered, File.ReadAllText(manifest));
        Assert.Contains("(up to date,", afterCorruption.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_engine_refuses_a_folder_whose_render_json_is_corrupt_or_missing_with_CK3005()
    {
        using var repository = await RenderedAsync("manifest");
        var manifest = Path.Combine(repository.EntryFolder, RenderManifest.FileName);
        using var connection = await faults.ConnectAsync();
        var engine = new DockerContainerEngine(connection, new PlainProgressReporter(TextWriter.Null));

        File.WriteAllText(manifest, "{ \"entry\": ");
        var corrupt = await Assert.ThrowsAsync<DiagnosticException>(() =>
            engine.BuildGenericAsync(repository.EntryFolder, new GenericBuildOptions { Revisions = ["latest"] }, CancellationToken.None));
        var diagnostic = Assert.Single(corrupt.Diagnostics);
        Assert.Equal(EngineDiagnostics.ManifestInvalidId, diagnostic.Id);
        Assert.Equal(manifest, diagnostic.Location);
        Assert.Contains("render.json cannot be read", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("./build.sh Render", diagnostic.Hint, StringComparison.Ordinal);

        File.Delete(manifest);
        var missing = await Assert.ThrowsAsync<DiagnosticException>(() =>
            engine.BuildGenericAsync(repository.EntryFolder, new GenericBuildOptions { Revisions = ["latest"] }, CancellationToken.None));
        Assert.Equal(EngineDiagnostics.ManifestInvalidId, Assert.Single(missing.Diagnostics).Id);
        foreach (var role in new[] { "run", "dev" })
            Assert.Null(await PrivateDockerd.ImageIdAsync(connection, repository.Tag(faults.Namespace, role)));
    }

    /// <summary>A fault repository after <c>./build.sh Render</c>.</summary>
    private async Task<FaultRepository> RenderedAsync(string name)
    {
        var repository = await FaultRepository.CreateAsync(name, "true");
        var render = await faults.RunAsync(repository.Root, FaultEngine.Limit, "Render");
        Assert.True(render.Exit == 0, render.Output);
        return repository;
    }
}
