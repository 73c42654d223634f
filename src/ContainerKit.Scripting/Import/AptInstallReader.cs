namespace ContainerKit.Scripting.Import;

/// <summary>
/// Recognises apt installs in the forms the template uses: inline names (<c>apt-get install -y git</c>), a list
/// file through command substitution (<c>apt-get install -y $(cat apt-build.txt)</c>), through xargs
/// (<c>xargs apt-get install -y &lt; apt.txt</c>, <c>xargs -a apt.txt apt-get install</c>,
/// <c>cat apt.txt | xargs apt-get install</c>).
/// </summary>
internal static class AptInstallReader
{
    private static readonly string[] XargsOptionsWithValue = ["-d", "-E", "-I", "-L", "-n", "-P", "-s", "--delimiter", "--max-args", "--max-procs", "--max-lines", "--replace", "--eof"];
    private static readonly string[] AptOptionsWithValue = ["-o", "-c", "-t", "--target-release", "--option", "--config-file"];

    /// <summary>
    /// The apt install at <paramref name="index"/> of <paramref name="commands"/> (the simple commands of one RUN),
    /// or null when that command is not one.
    /// </summary>
    public static InstallStep? Read(IReadOnlyList<IReadOnlyList<string>> commands, int index, Dockerfiles.DockerfileInstruction run)
    {
        var command = commands[index];
        var files = new List<string>();
        var start = 0;
        var viaXargs = CommandWords.Program(command[0]) == "xargs";
        if (viaXargs) start = SkipXargsOptions(command, files);
        if (start + 1 >= command.Count || CommandWords.Program(command[start]) is not ("apt-get" or "apt")) return null;

        var packages = new List<string>();
        var unresolved = new List<string>();
        var substitution = false;
        var subcommand = "";
        for (var i = start + 1; i < command.Count; i++)
        {
            var word = command[i];
            if (word == "<" && i + 1 < command.Count) files.Add(command[++i]);
            else if (word.StartsWith('<')) files.Add(word[1..]);
            else if (word == "$") substitution = true;
            else if (word.StartsWith('$')) unresolved.Add(word);
            else if (AptOptionsWithValue.Contains(word)) i++;
            else if (word.StartsWith('-')) continue;
            else if (subcommand.Length == 0) subcommand = word;
            else packages.Add(word);
        }

        if (subcommand != "install") return null;
        // $(cat list.txt) is split into the next command; a pipe into xargs reads from the previous one.
        if (substitution && index + 1 < commands.Count && CommandWords.LastOperand(commands[index + 1]) is { } substituted) files.Add(substituted);
        else if (viaXargs && files.Count == 0 && index > 0 && CommandWords.LastOperand(commands[index - 1]) is { } piped) files.Add(piped);
        return new InstallStep(InstallKind.Apt, run) { Packages = packages, Files = files, Unresolved = unresolved };
    }

    private static int SkipXargsOptions(IReadOnlyList<string> command, List<string> files)
    {
        var i = 1;
        for (; i < command.Count && command[i].StartsWith('-'); i++)
        {
            if (CommandWords.OptionValue(command, ref i, "-a", "--arg-file") is { } file) files.Add(file);
            else if (XargsOptionsWithValue.Contains(command[i])) i++;
        }

        return i;
    }
}
