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

    /// <summary>
    /// Run ContainerKit's own test suite (<c>./build.sh Test</c>, under sudo: it provisions a test engine, which
    /// needs root, and hosted runners run as a non-root user with passwordless sudo). Only ContainerKit's repository.
    /// </summary>
    public bool ContainerKitTests { get; init; }

    /// <summary>The command of the repository's own test job, or null for no test job (a repository without tests).</summary>
    public string? TestCommand { get; init; }

    /// <summary>Publish the NuGet packages (<c>./build.sh Pack</c>) when a version tag <c>v*</c> is pushed. Only ContainerKit's repository.</summary>
    public bool PublishPackages { get; init; }

    /// <summary>The NuGet feed the publish job pushes to.</summary>
    public string PackageFeed { get; init; } = "https://api.nuget.org/v3/index.json";

    /// <summary>The repository secret holding the NuGet feed's API key.</summary>
    public string PackageFeedKeySecret { get; init; } = "NUGET_API_KEY";

    /// <summary>
    /// The repository secret holding the registry user name; unused for ghcr.io, where the workflow logs in as
    /// <c>github.actor</c> with the job's <c>GITHUB_TOKEN</c> (hence <c>permissions: packages: write</c>).
    /// </summary>
    public string UsernameSecret { get; init; } = "REGISTRY_USERNAME";

    /// <summary>The repository secret holding the registry password or token; unused for ghcr.io (see <see cref="UsernameSecret"/>).</summary>
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

    /// <summary>The registry login action.</summary>
    public string LoginAction { get; init; } = "docker/login-action@v3";

    /// <summary>The Python setup action of the repository's test job.</summary>
    public string SetupPythonAction { get; init; } = "actions/setup-python@v5";

    /// <summary>The registry's host, the part of <see cref="Registry"/> before the first <c>/</c>.</summary>
    public string RegistryHost => Registry.Split('/')[0];

    /// <summary>True when the registry is GitHub's container registry, where the job's own token logs in.</summary>
    public bool IsGhcr => RegistryHost.Equals("ghcr.io", StringComparison.OrdinalIgnoreCase);

    /// <summary>The expression of the registry user name: <c>github.actor</c> on ghcr.io, else <see cref="UsernameSecret"/>.</summary>
    public string UsernameExpression => IsGhcr ? "${{ github.actor }}" : $"${{{{ secrets.{UsernameSecret} }}}}";

    /// <summary>The expression of the registry password: the job's token on ghcr.io, else <see cref="PasswordSecret"/>.</summary>
    public string PasswordExpression => IsGhcr ? "${{ secrets.GITHUB_TOKEN }}" : $"${{{{ secrets.{PasswordSecret} }}}}";

    /// <summary>The build script the jobs run, relative to the repository root.</summary>
    public string BuildScript { get; init; } = "./build.sh";

    /// <summary>The runner label of <paramref name="platform"/>.</summary>
    /// <exception cref="ArgumentException">No label is set for the platform.</exception>
    public string RunnerLabel(Platform platform) =>
        RunnerLabels.TryGetValue(platform, out var label)
            ? label
            : throw new ArgumentException($"no runner label is set for platform {platform.ToString().ToLowerInvariant()}", nameof(platform));
}
