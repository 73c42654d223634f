namespace ContainerKit.IntegrationTests.Bootstrap;

/// <summary>
/// A scratch repository whose build project is a tiny console program that prints each argument as
/// <c>&lt;argument&gt;</c> on a line of its own and exits with 3 when the first one is <c>fail</c>; compiled once,
/// by <c>pwsh build.ps1</c>, for the tests that share it.
/// </summary>
public sealed class TinyBuild : IAsyncLifetime
{
    /// <summary>The program, Build.cs.</summary>
    public const string Program = """
        foreach (var argument in args) System.Console.WriteLine("<" + argument + ">");
        System.Console.Error.WriteLine("tiny build ran");
        return args.Length > 0 && args[0] == "fail" ? 3 : 0;

        """;

    private readonly PowerShellFixture _powerShell = new();

    /// <summary>The scratch repository.</summary>
    public BootstrapScratch Scratch { get; } = new();

    /// <summary>The first run, which compiled the build project.</summary>
    public ScriptRun FirstRun { get; private set; } = new(-1, "", "");

    /// <summary>The pwsh executable; fails the test when PowerShell could not be installed.</summary>
    public string Pwsh => _powerShell.Require();

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        await _powerShell.InitializeAsync();
        Scratch.WriteTinyBuild(Program);
        if (_powerShell.Pwsh is not null) FirstRun = await PwshAsync([]);
    }

    /// <summary>Runs <c>pwsh build.ps1 <paramref name="arguments"/></c> in the scratch repository.</summary>
    public Task<ScriptRun> PwshAsync(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string?>? environment = null) =>
        Scratch.RunAsync(Pwsh, ["-NoLogo", "-NoProfile", "-NonInteractive", "-File", Scratch.Combine("build.ps1"), .. arguments], environment);

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        Scratch.Dispose();
        return Task.CompletedTask;
    }
}
