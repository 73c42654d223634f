using ContainerKit.Docker.Processes;
using ContainerKit.Tests;

namespace ContainerKit.IntegrationTests.Adoption;

/// <summary>Runs <c>./build.sh Pack</c> of this repository once for the tests that use its packages.</summary>
public sealed class PackedPackages : IAsyncLifetime
{
    /// <summary>The package ids Pack writes.</summary>
    public static readonly IReadOnlyList<string> Ids = ["ContainerKit", "ContainerKit.Docker", "ContainerKit.Scripting", "ContainerKit.Targets", "ContainerKit.Templates"];

    /// <summary>The folder Pack writes the packages to.</summary>
    public string Folder { get; } = RepositoryFolder.Combine("artifacts/packages");

    /// <summary>The version Directory.Build.props gives every package.</summary>
    public string Version { get; } = ReadVersion();

    /// <summary>Exit code and output of Pack.</summary>
    public (int Exit, string Output) Pack { get; private set; }

    /// <summary>The template package's file.</summary>
    public string Template => Path.Combine(Folder, $"ContainerKit.Templates.{Version}.nupkg");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var output = new StringWriter();
        var exit = await ProcessRunner.RunAsync(RepositoryFolder.Combine("build.sh"), ["Pack"], RepositoryFolder.Root,
            new Dictionary<string, string>(), TextWriter.Synchronized(output), CancellationToken.None);
        Pack = (exit, output.ToString());
    }

    /// <inheritdoc />
    public Task DisposeAsync() => Task.CompletedTask;

    private static string ReadVersion()
    {
        var props = File.ReadAllText(RepositoryFolder.Combine("Directory.Build.props"));
        var start = props.IndexOf("<ContainerKitVersion>", StringComparison.Ordinal) + "<ContainerKitVersion>".Length;
        return props[start..props.IndexOf("</ContainerKitVersion>", start, StringComparison.Ordinal)];
    }
}
