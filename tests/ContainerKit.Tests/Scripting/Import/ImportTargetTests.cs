using ContainerKit.Tests.Host;

namespace ContainerKit.Tests.Scripting.Import;

/// <summary>The Import target through the host, on a scratch repository holding the 2024-07 template folder.</summary>
public sealed class ImportTargetTests : IDisposable
{
    private const string Folder = "installation/docker-amd64-cuda";
    private readonly TempFolder _root = new();

    public ImportTargetTests()
    {
        _root.Write("build/Build.cs", "static class Build { static int Main() => 0; }\n");
        TemplateFixtures.Layout202407("nvcr.io/nvidia/pytorch:24.07-py3", "alpine/git:2.40.1", "rich>=13\n").WriteTo(Path.Combine(_root.Path, Folder));
    }

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task Import_writes_the_definition_and_prints_the_review_list()
    {
        var run = await HostRun.StartAsync(new ContainerKitTargetsBuild(), ["Import", "--definition", Folder, "--class-name", "SpeechEnvironment"], root: _root.Path);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("wrote build/Environments/SpeechEnvironment.cs", run.Output, StringComparison.Ordinal);
        var definition = _root.Read("build/Environments/SpeechEnvironment.cs");
        var review = run.Lines.Where(l => l.StartsWith("review: ", StringComparison.Ordinal)).Select(l => l["review: ".Length..]).ToList();
        Assert.Contains("stage 'get-pure' was not imported", review);
        Assert.Contains(review, r => r.Contains("ENV LD_PRELOAD=", StringComparison.Ordinal) && r.Contains("MKL-on-AMD", StringComparison.Ordinal));
        Assert.Contains(review, r => r.Contains("ENV DEPENDENCIES_DIR=", StringComparison.Ordinal));
        Assert.Contains(review, r => r.Contains("ENV ENTRYPOINTS_ROOT=", StringComparison.Ordinal));
        Assert.Contains(review, r => r.Contains($"ENV BASE_ENTRYPOINT={TemplateFixtures.DummyBaseEntrypoint}", StringComparison.Ordinal));
        Assert.All(review, r => Assert.Contains(r.EndsWith(" was not imported", StringComparison.Ordinal)
            ? $"// TODO: {r[..^" was not imported".Length]} of the source Dockerfile has no counterpart here"
            : $"// TODO: {r}\n", definition, StringComparison.Ordinal));
        Assert.Contains($"new(\"{TemplateFixtures.DefaultProjectName}\", package: \"{TemplateFixtures.DefaultPackageName}\")", definition, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Evil\u202Egnp")]
    [InlineData("../../src/Evil")]
    [InlineData("Project\u200BEnvironment")]
    [InlineData("class")]
    public async Task A_class_name_that_is_not_a_plain_identifier_exits_2_and_writes_nothing(string name)
    {
        var run = await HostRun.StartAsync(new ContainerKitTargetsBuild(), ["Import", "--definition", Folder, "--class-name", name], root: _root.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("CK1106 at --class-name", run.Output, StringComparison.Ordinal);
        Assert.Equal([Path.Combine(_root.Path, "build", "Build.cs")], Directory.EnumerateFiles(Path.Combine(_root.Path, "build"), "*", SearchOption.AllDirectories));
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(_root.Path), e => Path.GetFileName(e).Contains("Evil", StringComparison.Ordinal));
    }
}
