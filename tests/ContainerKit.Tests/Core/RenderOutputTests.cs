using ContainerKit.Diagnostics;
using ContainerKit.Rendering;
using Xunit;

namespace ContainerKit.Tests.Core;

/// <summary>Writing rendered entries: folder layout, file modes, staging, and earlier output kept on errors.</summary>
public sealed class RenderOutputTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ck-render-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Writes_every_file_of_the_entry_with_scripts_executable()
    {
        var written = Write(new TestEnvironment());

        var (_, folder, changed) = Assert.Single(written);
        Assert.True(changed);
        Assert.Equal(Path.Combine(_root, "test-env", "amd64-cpu"), folder);
        foreach (var name in new[] { "Dockerfile", "Dockerfile.user", "compose.yaml", ".env.example", "render.json", "dependencies/requirements.txt", "entrypoints/pre-entrypoint.sh" })
        {
            Assert.True(File.Exists(Path.Combine(folder, name)), name);
        }
        Assert.True(File.GetUnixFileMode(Path.Combine(folder, "entrypoints/pre-entrypoint.sh")).HasFlag(UnixFileMode.UserExecute));
        Assert.False(Directory.EnumerateDirectories(_root, ".staging-*").Any());
        var manifest = ManifestJson.Read(File.ReadAllText(Path.Combine(folder, "render.json")));
        Assert.Equal(("test-env", "amd64-cpu", "test-project"), (manifest.Environment, manifest.Entry, manifest.ImageName));
        Assert.Equal("requests==2.32.3\n", File.ReadAllText(Path.Combine(folder, "dependencies/requirements.txt")));
    }

    [Fact]
    public void A_second_render_without_changes_leaves_the_folder_untouched()
    {
        var folder = Write(new TestEnvironment())[0].Folder;
        var before = File.GetLastWriteTimeUtc(Path.Combine(folder, "Dockerfile"));
        File.SetLastWriteTimeUtc(Path.Combine(folder, "Dockerfile"), before.AddHours(-1));

        var (_, _, changed) = Assert.Single(Write(new TestEnvironment()));

        Assert.False(changed);
        Assert.Equal(before.AddHours(-1), File.GetLastWriteTimeUtc(Path.Combine(folder, "Dockerfile")));
    }

    [Fact]
    public void A_changed_definition_replaces_the_folder_and_removes_stale_files()
    {
        var folder = Write(new TestEnvironment())[0].Folder;
        File.WriteAllText(Path.Combine(folder, "stale.txt"), "left over");

        Write(new TestEnvironment { RuntimeAptValue = ["git", "curl"] });

        Assert.False(File.Exists(Path.Combine(folder, "stale.txt")));
        Assert.Contains("        curl", File.ReadAllText(Path.Combine(folder, "Dockerfile")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Bad_Name", "CK1001")]
    [InlineData("git; rm -rf /", "CK1011")]
    public void Bad_input_throws_and_leaves_the_earlier_output_as_it_was(string package, string id)
    {
        var folder = Write(new TestEnvironment())[0].Folder;
        var before = Snapshot(folder);

        var error = Assert.Throws<DiagnosticException>(() => Write(new TestEnvironment { RuntimeAptValue = ["git", package] }));

        Assert.Contains(error.Diagnostics, d => d.Id == id && d.Value == package && d.Location == "TestEnvironment.RuntimeApt");
        Assert.False(error.IsEngineFailure);
        Assert.Equal(before, Snapshot(folder));
        Assert.DoesNotContain(package, string.Concat(before.Values), StringComparison.Ordinal);
    }

    private IReadOnlyList<(RenderedEntry Entry, string Folder, bool Changed)> Write(TestEnvironment definition) =>
        RenderOutput.Write(RenderPipeline.Plan([definition], RenderSelection.All, _ => null), _root);

    private static SortedDictionary<string, string> Snapshot(string folder) =>
        new(Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(p => p, File.ReadAllText), StringComparer.Ordinal);
}
