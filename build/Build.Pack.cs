using ContainerKit.Docker.Processes;
using ContainerKit.Targets.Host;

/// <summary>Packing: the NuGet packages of the libraries and the <c>dotnet new</c> template package.</summary>
partial class Build
{
    /// <summary>Where <see cref="Pack"/> writes the packages, relative to the root.</summary>
    public const string PackagesFolder = "artifacts/packages";

    /// <summary>The library projects, packed in this order (the first one builds the others).</summary>
    private static readonly string[] PackedLibraries =
        ["src/ContainerKit.Targets", "src/ContainerKit", "src/ContainerKit.Docker", "src/ContainerKit.Scripting"];

    /// <summary>The template package's project.</summary>
    private const string TemplateProject = "templates/ContainerKit.Templates";

    /// <summary>Writes the versioned packages (version: ContainerKitVersion in Directory.Build.props) to artifacts/packages.</summary>
    public Target Pack => _ => _
        .Description($"Write the NuGet packages (ContainerKit, .Docker, .Scripting, .Targets) and the template package (dotnet new containerkit) to {PackagesFolder}")
        .Executes(async ct =>
        {
            var output = Path.Combine(RootDirectory, PackagesFolder);
            Directory.CreateDirectory(output);
            // The Targets project builds the other three in Release; they are then packed from that build.
            for (var i = 0; i < PackedLibraries.Length; i++)
            {
                await DotNetPackAsync(PackedLibraries[i], output, noBuild: i > 0, ct);
            }
            await DotNetPackAsync(TemplateProject, output, noBuild: false, ct);
            foreach (var package in Directory.GetFiles(output, "*.nupkg").Order(StringComparer.Ordinal))
            {
                Output.WriteLine($"  {Path.GetRelativePath(RootDirectory, package)}");
            }
        });

    private async Task DotNetPackAsync(string project, string output, bool noBuild, CancellationToken cancellationToken)
    {
        List<string> arguments = ["pack", project, "--nologo", "-v", "quiet", "-c", "Release", "-o", output];
        if (noBuild) arguments.Add("--no-build");
        var exit = await ProcessRunner.RunAsync("dotnet", arguments, RootDirectory, new Dictionary<string, string>(), Output, cancellationToken);
        if (exit != 0) throw new InvalidOperationException($"dotnet pack {project} exited with {exit}; see the output above.");
    }
}
