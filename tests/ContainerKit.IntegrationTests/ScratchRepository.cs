using ContainerKit.Docker.Processes;

namespace ContainerKit.IntegrationTests;

/// <summary>A scratch git repository for target tests, deleted on dispose, with a <c>*.env.csx</c> definition committed in it.</summary>
public sealed class ScratchRepository : IDisposable
{
    /// <summary>
    /// The repository root, readable by every user as a checkout is (temporary folders are created 0700), so
    /// the user layer's user can enter it at PROJECT_ROOT_AT.
    /// </summary>
    public string Root { get; } = CreateReadableFolder();

    /// <summary>
    /// A from-python definition script: class <paramref name="className"/>, environment and project <paramref name="name"/>,
    /// images <paramref name="imageName"/> FROM <paramref name="baseImage"/>, plus <paramref name="members"/> (C# members).
    /// </summary>
    public static string Definition(string className, string name, string imageName, string baseImage, params string[] members) =>
        $$"""
        public sealed class {{className}} : FromPythonEnvironment
        {
            public override string Name => "{{name}}";
            public override Project Project => new("{{name}}", imageName: "{{imageName}}");
            public override BaseImage Base(MatrixEntry entry) => BaseImage.Parse("{{baseImage}}");
        {{string.Concat(members.Select(m => "    " + m + "\n"))}}}

        """;

    private static string CreateReadableFolder()
    {
        var folder = Directory.CreateTempSubdirectory("ck-repo-").FullName;
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        return folder;
    }

    /// <summary>Writes <paramref name="text"/> to <paramref name="file"/>, initialises the repository and commits the file.</summary>
    public async Task CommitAsync(string file, string text)
    {
        File.WriteAllText(Path.Combine(Root, file), text);
        await GitAsync("init", "-q");
        await GitAsync("add", file);
        await GitAsync("-c", "user.name=ck", "-c", "user.email=ck@localhost", "commit", "-q", "-m", "environment");
    }

    /// <summary>Runs git in the repository; a failure fails the test.</summary>
    public async Task GitAsync(params string[] arguments)
    {
        var output = new StringWriter();
        var exit = await ProcessRunner.RunAsync("git", arguments, Root, new Dictionary<string, string>(), output, CancellationToken.None);
        Assert.True(exit == 0, output.ToString());
    }

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(Root, recursive: true);
}
