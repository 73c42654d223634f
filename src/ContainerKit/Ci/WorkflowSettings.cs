using ContainerKit.Model;

namespace ContainerKit.Ci;

/// <summary>Settings of the generated GitHub Actions workflow; every one has a default.</summary>
public sealed record WorkflowSettings
{
    /// <summary>The workflow's name (<c>name:</c>).</summary>
    public string Name { get; init; } = "containers";

    /// <summary>The branch whose pushes trigger the workflow and push the images.</summary>
    public string DefaultBranch { get; init; } = "main";

    /// <summary>
    /// The registry the push steps pass as <c>--registry</c> (<c>host[:port][/namespace]</c>); may hold a
    /// GitHub expression. Default: the repository owner's namespace on the GitHub container registry.
    /// </summary>
    public string Registry { get; init; } = "ghcr.io/${{ github.repository_owner }}";

    /// <summary>The repository secret holding the registry user name.</summary>
    public string UsernameSecret { get; init; } = "REGISTRY_USERNAME";

    /// <summary>The repository secret holding the registry password or token.</summary>
    public string PasswordSecret { get; init; } = "REGISTRY_PASSWORD";

    /// <summary>The environment variable the build reads the registry from.</summary>
    public string RegistryVariable { get; init; } = "CONTAINERKIT_REGISTRY";

    /// <summary>The environment variable the build reads the registry user name from.</summary>
    public string UsernameVariable { get; init; } = "CONTAINERKIT_REGISTRY_USERNAME";

    /// <summary>The environment variable the build reads the registry password from.</summary>
    public string PasswordVariable { get; init; } = "CONTAINERKIT_REGISTRY_PASSWORD";

    /// <summary>The <c>runs-on</c> label of each platform's build jobs; the amd64 label also runs the test job.</summary>
    public IReadOnlyDictionary<Platform, string> RunnerLabels { get; init; } = new Dictionary<Platform, string>
    {
        [Platform.Amd64] = "ubuntu-24.04",
        [Platform.Arm64] = "ubuntu-24.04-arm",
    };

    /// <summary>The file <c>actions/setup-dotnet</c> reads the SDK version from.</summary>
    public string GlobalJsonFile { get; init; } = "global.json";

    /// <summary>The checkout action.</summary>
    public string CheckoutAction { get; init; } = "actions/checkout@v4";

    /// <summary>The .NET setup action.</summary>
    public string SetupDotNetAction { get; init; } = "actions/setup-dotnet@v4";

    /// <summary>The build script the jobs run, relative to the repository root.</summary>
    public string BuildScript { get; init; } = "./build.sh";

    /// <summary>The runner label of <paramref name="platform"/>.</summary>
    /// <exception cref="ArgumentException">No label is set for the platform.</exception>
    public string RunnerLabel(Platform platform) =>
        RunnerLabels.TryGetValue(platform, out var label)
            ? label
            : throw new ArgumentException($"no runner label is set for platform {platform.ToString().ToLowerInvariant()}", nameof(platform));
}
