using System.Text.RegularExpressions;
using ContainerKit.Dockerfiles;

namespace ContainerKit.Scripting.Import;

/// <summary>
/// Recognises the Python installs of a template: <c>pip install -r requirements.txt</c> (any <c>pip</c>, <c>pip3</c>
/// or <c>python -m pip</c>, inline requirements too), <c>mamba|conda|micromamba env create --file environment.yml</c>,
/// and a conda installer run in batch mode (<c>bash installer.sh -b -p /opt/conda</c>) with the URL a
/// <c>curl</c>/<c>wget</c> of the same RUN downloads.
/// </summary>
internal static partial class PythonInstallReader
{
    private static readonly string[] PipOptionsWithValue =
    [
        "-c", "--constraint", "-e", "--editable", "-i", "--index-url", "--extra-index-url", "-f", "--find-links", "-t", "--target",
        "--prefix", "--root", "--src", "--upgrade-strategy", "--python-version", "--platform", "--implementation", "--abi",
        "--config-settings", "-C", "--global-option", "--log", "--cache-dir", "--progress-bar", "--report", "--retries",
        "--timeout", "--exists-action", "--trusted-host", "--cert", "--client-cert", "--proxy", "--only-binary", "--no-binary",
    ];

    private static readonly string[] CondaPrograms = ["conda", "mamba", "micromamba"];

    /// <summary>The Python install that <paramref name="command"/> is, or null.</summary>
    public static InstallStep? Read(IReadOnlyList<IReadOnlyList<string>> commands, IReadOnlyList<string> command, DockerfileInstruction run) =>
        Pip(command, run) ?? CondaEnvironment(command, run) ?? CondaInstaller(commands, command, run);

    private static InstallStep? Pip(IReadOnlyList<string> command, DockerfileInstruction run)
    {
        var program = CommandWords.Program(command[0]);
        var start = PipProgram().IsMatch(program) ? 1
            : PythonProgram().IsMatch(program) && command.Count > 2 && command[1] == "-m" && command[2] == "pip" ? 3
            : -1;
        if (start < 0 || start >= command.Count || command[start] != "install") return null;

        var files = new List<string>();
        var packages = new List<string>();
        for (var i = start + 1; i < command.Count; i++)
        {
            var word = command[i];
            if (CommandWords.OptionValue(command, ref i, "-r", "--requirement") is { } file) files.Add(file);
            else if (PipOptionsWithValue.Contains(word)) i++;
            else if (!word.StartsWith('-')) packages.Add(word);
        }

        return new InstallStep(InstallKind.Pip, run) { Files = files, Packages = packages };
    }

    private static InstallStep? CondaEnvironment(IReadOnlyList<string> command, DockerfileInstruction run)
    {
        if (!CondaPrograms.Contains(CommandWords.Program(command[0])) || command.Count < 3) return null;
        var envCommand = command[1] == "env" && command[2] is "create" or "update";
        var micromambaCommand = command[1] is "create" or "install" or "update";
        if (!envCommand && !micromambaCommand) return null;

        var files = new List<string>();
        for (var i = 2; i < command.Count; i++)
        {
            if (CommandWords.OptionValue(command, ref i, "-f", "--file") is { } file) files.Add(file);
        }

        return files.Count == 0 ? null : new InstallStep(InstallKind.CondaEnvironment, run) { Files = files };
    }

    private static InstallStep? CondaInstaller(IReadOnlyList<IReadOnlyList<string>> commands, IReadOnlyList<string> command, DockerfileInstruction run)
    {
        if (CommandWords.Program(command[0]) is not ("bash" or "sh") || command.Count < 3 || !command[1].EndsWith(".sh", StringComparison.Ordinal) || !command.Contains("-b"))
            return null;
        string? path = null;
        for (var i = 2; i < command.Count && path is null; i++) path = CommandWords.OptionValue(command, ref i, "-p");
        var url = commands
            .Where(c => CommandWords.Program(c[0]) is "curl" or "wget")
            .SelectMany(c => c.Skip(1))
            .FirstOrDefault(w => w.StartsWith("http", StringComparison.Ordinal) || w.StartsWith('$'));
        return new InstallStep(InstallKind.CondaInstaller, run) { Url = url, InstallPath = path };
    }

    [GeneratedRegex(@"^pip[0-9.]*$")]
    private static partial Regex PipProgram();

    [GeneratedRegex(@"^python[0-9.]*$")]
    private static partial Regex PythonProgram();
}
