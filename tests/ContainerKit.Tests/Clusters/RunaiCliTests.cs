using ContainerKit.Diagnostics;
using ContainerKit.Docker.Kubernetes;

namespace ContainerKit.Tests.Clusters;

/// <summary>
/// The runai CLI route: a fake <c>runai</c> (a script recording its arguments; the real CLI cannot run here) gets
/// exactly the rendered words, a missing CLI is CK3132 naming the rendered command, a failing one CK3133.
/// </summary>
public sealed class RunaiCliTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ck-runai-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task The_cli_gets_every_word_unchanged_and_its_output_is_copied()
    {
        var runai = FakeRunai(exitCode: 0);
        using var output = new StringWriter();
        string[] words = ["submit", "--name", "train", "-e", "PROJECT_ROOT_AT=/p q", "--", "python", "-c", "print('it''s')"];

        await new RunaiCli(runai).RunAsync(words, "artifacts/jobs/runai/train.sh", _folder, output, CancellationToken.None);

        Assert.Equal(words, File.ReadAllLines(Path.Combine(_folder, "arguments")));
        Assert.Contains("fake runai ran", output.ToString());
    }

    [Fact]
    public async Task A_missing_cli_is_ck3132_naming_the_rendered_command()
    {
        var error = await Assert.ThrowsAsync<DiagnosticException>(() =>
            new RunaiCli(Path.Combine(_folder, "no-runai-here")).RunAsync(["submit", "--name", "train"], "artifacts/jobs/runai/train.sh", _folder, TextWriter.Null, CancellationToken.None));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(KubernetesDiagnostics.RunaiMissingId, diagnostic.Id);
        Assert.Contains("not installed", diagnostic.Message);
        Assert.Contains("artifacts/jobs/runai/train.sh", diagnostic.Hint);
    }

    [Fact]
    public async Task A_failing_cli_is_ck3133()
    {
        var error = await Assert.ThrowsAsync<DiagnosticException>(() =>
            new RunaiCli(FakeRunai(exitCode: 4)).RunAsync(["submit"], "train.sh", _folder, TextWriter.Null, CancellationToken.None));

        Assert.Equal(KubernetesDiagnostics.RunaiFailedId, Assert.Single(error.Diagnostics).Id);
    }

    private string FakeRunai(int exitCode)
    {
        var path = Path.Combine(_folder, "runai");
        File.WriteAllText(path, $"#!/bin/sh\nprintf '%s\\n' \"$@\" >'{_folder}/arguments'\necho 'fake runai ran'\nexit {exitCode}\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }
}
