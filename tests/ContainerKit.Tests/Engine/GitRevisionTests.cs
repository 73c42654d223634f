using ContainerKit.Docker.Processes;
using ContainerKit.Docker.Workspace;
using ContainerKit.Tests.Scripting;

namespace ContainerKit.Tests.Engine;

/// <summary>The revision is -dirty for modified tracked files anywhere and for untracked files under the build inputs only.</summary>
public sealed class GitRevisionTests : IAsyncLifetime
{
    private readonly TempFolder _repository = new();
    private string _sha = "";

    public async Task InitializeAsync()
    {
        _repository.Write("build/Build.cs", "// build\n");
        _repository.Write("notes.md", "notes\n");
        await GitAsync("init", "-q");
        await GitAsync("add", ".");
        await GitAsync("-c", "user.name=ck", "-c", "user.email=ck@localhost", "commit", "-q", "-m", "initial");
        _sha = (await GitOutputAsync("rev-parse", "--short", "HEAD")).Trim();
    }

    public Task DisposeAsync()
    {
        _repository.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_clean_tree_is_the_short_sha()
    {
        Assert.Equal(_sha, await GitRevision.ReadAsync(_repository.Path, CancellationToken.None));
    }

    [Fact]
    public async Task An_untracked_definition_under_build_makes_it_dirty()
    {
        _repository.Write("build/Environments/NewEnvironment.cs", "// new\n");

        Assert.Equal(_sha + "-dirty", await GitRevision.ReadAsync(_repository.Path, CancellationToken.None));
    }

    [Fact]
    public async Task An_untracked_dependency_file_a_definition_names_makes_it_dirty()
    {
        _repository.Write("deps/requirements.txt", "numpy\n");

        Assert.Equal(_sha, await GitRevision.ReadAsync(_repository.Path, CancellationToken.None));
        Assert.Equal(_sha + "-dirty", await GitRevision.ReadAsync(_repository.Path, [.. GitRevision.DefaultInputs, "deps/requirements.txt"], CancellationToken.None));
    }

    [Fact]
    public async Task An_untracked_file_outside_the_build_inputs_or_an_input_outside_the_repository_does_not()
    {
        _repository.Write("scratch/notes-2.md", "more\n");

        Assert.Equal(_sha, await GitRevision.ReadAsync(_repository.Path, [.. GitRevision.DefaultInputs, "../elsewhere.txt"], CancellationToken.None));
    }

    [Fact]
    public async Task A_modified_tracked_file_anywhere_makes_it_dirty()
    {
        _repository.Write("notes.md", "changed\n");

        Assert.Equal(_sha + "-dirty", await GitRevision.ReadAsync(_repository.Path, CancellationToken.None));
    }

    private async Task GitAsync(params string[] arguments) => await GitOutputAsync(arguments);

    private async Task<string> GitOutputAsync(params string[] arguments)
    {
        var output = new StringWriter();
        var exit = await ProcessRunner.RunAsync("git", arguments, _repository.Path, new Dictionary<string, string>(), output, CancellationToken.None);
        Assert.True(exit == 0, output.ToString());
        return output.ToString();
    }
}
