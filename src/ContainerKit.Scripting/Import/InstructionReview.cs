using ContainerKit.Dockerfiles;
using ContainerKit.Rendering;
using ContainerKit.Validation;

namespace ContainerKit.Scripting.Import;

/// <summary>
/// Goes through the instructions of the stages an import uses (everything but the installs, which the apt and Python
/// readers map) and decides for each what the definition keeps: the run image's <c>ENV</c> values and <c>CMD</c> are
/// carried; the template's bookkeeping that ContainerKit does itself (apt cache settings, copies of the lists it reads,
/// pip freeze/list records and their folder) is dropped silently; everything else becomes a review note.
/// An <c>ENV</c> value is carried unless it points into the template's own folders (<see cref="TemplatePaths"/>),
/// refers to a variable with no value, or is set outside the run image.
/// </summary>
/// <param name="dockerfile">The template Dockerfile.</param>
/// <param name="roles">Which image each stage ends up in.</param>
/// <param name="variables">The variables each instruction sees.</param>
/// <param name="resolver">Where COPY instructions write.</param>
/// <param name="paths">The template's own folders.</param>
/// <param name="context">Receives the review notes and knows the files the imported installs read.</param>
/// <param name="isImported">Whether a stage (by index) is imported; a COPY from a stage that is not becomes a note.</param>
internal sealed class InstructionReview(
    DockerfileDocument dockerfile, StageRoles roles, DockerfileVariables variables, ContextFileResolver resolver, TemplatePaths paths, ImportContext context,
    Func<int, bool> isImported)
{
    /// <summary>The entrypoint variables of the template that name settings ContainerKit has (or needs no) counterpart for.</summary>
    private static readonly string[] ProjectVariables = ["PROJECT_NAME", "PACKAGE_NAME"];

    /// <summary>The variable naming the base image's own entrypoint in the template.</summary>
    public const string BaseEntrypointVariable = "BASE_ENTRYPOINT";

    private const string BaseEntrypointExecsVariable = "BASE_ENTRYPOINT_EXECS";

    /// <summary>The run image's environment variables, in the order the template sets them (a later value wins).</summary>
    public List<KeyValuePair<string, string>> EnvironmentVariables { get; } = [];

    /// <summary>The run image's CMD, when the template sets one.</summary>
    public IReadOnlyList<string>? Command { get; private set; }

    /// <summary>The base image's entrypoint the template chains, when it is not one of the template's own files.</summary>
    public string? BaseEntrypoint { get; private set; }

    /// <summary>Reviews the instructions of <paramref name="stages"/> (indexes, in file order); <paramref name="installs"/> are the RUNs already mapped.</summary>
    public void Review(IReadOnlySet<int> stages, IReadOnlySet<DockerfileInstruction> installs)
    {
        var instructions = dockerfile.Instructions.Where(i => stages.Contains(i.StageIndex)).ToList();
        var recordFolders = new HashSet<string>(StringComparer.Ordinal);
        var silent = new HashSet<DockerfileInstruction>();
        foreach (var instruction in instructions)
        {
            if (instruction.Keyword is "COPY" or "ADD" && IsListCopy(instruction, recordFolders)) silent.Add(instruction);
            if (instruction.Keyword == "RUN" && !installs.Contains(instruction) && IsBookkeeping(RunInstalls.Commands(instruction, variables), recordFolders, false)) silent.Add(instruction);
        }

        foreach (var instruction in instructions.Where(i => !silent.Contains(i) && !installs.Contains(i)))
        {
            switch (instruction.Keyword)
            {
                case "FROM" or "ARG":
                    break;
                case "RUN" when IsBookkeeping(RunInstalls.Commands(instruction, variables), recordFolders, true):
                    break;
                case "RUN":
                    context.Note(instruction, instruction.Arguments.Contains(PreloadLibrary.Marker, StringComparison.Ordinal)
                        ? $"not imported: RUN {TemplateImporter.Shorten(instruction.Arguments)}: it compiles the template's {PreloadLibrary.Explanation}"
                        : $"not imported: RUN {TemplateImporter.Shorten(instruction.Arguments)}");
                    break;
                case "ENV":
                    foreach (var (name, value) in EnvInstruction.Pairs(instruction.Arguments)) Env(instruction, name, value ?? "");
                    break;
                case "CMD" when roles.IsRuntime(instruction.StageIndex):
                    Command = instruction.JsonArguments ?? ["/bin/sh", "-c", instruction.Arguments];
                    break;
                case "ENTRYPOINT":
                    context.Note(instruction, $"ENTRYPOINT {instruction.Arguments} not carried: ContainerKit images run ContainerKit's entrypoint "
                        + $"({Entrypoints.EntrypointScripts.EntrypointPath}), which chains the base image's own entrypoint (BaseImage.WithEntrypoint)");
                    break;
                case "COPY" or "ADD" when instruction.Flag("from") is { } from:
                    // A copy out of an imported stage (the Python environment) is what ContainerKit's runtime stage does itself.
                    if (dockerfile.PreviousStage(from, instruction.StageIndex) is not { } source || !isImported(source.Index))
                        context.Note(instruction, $"not imported: {instruction.Keyword} --from={from} {TemplateImporter.Shorten(instruction.Arguments)}: stage '{from}' is not imported");
                    break;
                default:
                    context.Note(instruction, $"not imported: {instruction.Keyword} {TemplateImporter.Shorten(instruction.Arguments)}");
                    break;
            }
        }
    }

    private void Env(DockerfileInstruction instruction, string name, string written)
    {
        var value = variables.Expand(instruction, written, out var missing);
        if (ProjectVariables.Contains(name)) return;
        if (name == BaseEntrypointExecsVariable && value == "1") return;
        var shown = $"ENV {name}={value}";
        if (name == BaseEntrypointVariable && missing.Count == 0 && paths.Owner(name, value) is { } own)
        {
            context.Note(instruction, $"{shown} not carried: it lies in the template's own {own}, which exists only in template images; "
                + "ContainerKit chains a base image's entrypoint only when the base image has it (BaseImage.WithEntrypoint)");
        }
        else if (name == "LD_PRELOAD" && value.Split(':').FirstOrDefault(p => paths.Owner(name, p) is not null) is { } library)
        {
            context.Note(instruction, $"{shown} not carried: it preloads {library}, the template's {PreloadLibrary.Explanation}");
        }
        else if (paths.Owner(name, value) is { } owner)
        {
            context.Note(instruction, $"{shown} not carried: it points into {owner}, which the template's own Dockerfile writes; ContainerKit images lay out their own folders{Counterpart(name)}");
        }
        else if (missing.Count > 0)
        {
            context.Note(instruction, $"{shown} not carried: {string.Join(", ", missing.Distinct())} has no value at import (no ARG default, compose build arg or earlier ENV)");
        }
        else if (!roles.IsRuntime(instruction.StageIndex))
        {
            context.Note(instruction, roles.IsDevelopment(instruction.StageIndex)
                ? $"{shown} not carried: the template sets it in the dev image only; EnvironmentVariables apply to the run and dev images"
                : $"{shown} not carried: the template sets it in a build stage only");
        }
        else if (name == BaseEntrypointVariable)
        {
            BaseEntrypoint = value.Length > 0 ? value : null;
        }
        else if (name == BaseEntrypointExecsVariable)
        {
            context.Note(instruction, $"{shown} not carried: ContainerKit runs the base entrypoint with exec (BaseEntrypointMode.Exec) or sources it (BaseEntrypointMode.Source); choose one in Base");
        }
        else if (!Grammar.IsEnvVarName(name) || value.Contains('\n') || value.Contains('\r'))
        {
            context.Note(instruction, $"{shown} not carried: EnvironmentVariables takes portable names and single-line values");
        }
        else
        {
            EnvironmentVariables.RemoveAll(v => v.Key == name);
            EnvironmentVariables.Add(new(name, value));
        }
    }

    private static string Counterpart(string name) => name switch
    {
        "DEPENDENCIES_DIR" => $"; ContainerKit records the Python environment before and after the install in {ImagePaths.Snapshots}",
        "ENTRYPOINTS_ROOT" => $"; ContainerKit's entrypoints are in {Entrypoints.EntrypointScripts.ImageFolder}",
        _ => "",
    };

    /// <summary>A COPY of files the imported installs read (into a temporary path or the template's record folder).</summary>
    private bool IsListCopy(DockerfileInstruction copy, HashSet<string> recordFolders)
    {
        if (copy.Flag("from") is not null) return false;
        var copies = resolver.Copies(copy).ToList();
        if (copies.Count == 0 || !copies.All(c => context.ReadFiles.Contains(c.Source.TrimStart('.', '/')))) return false;
        foreach (var (_, destination) in copies) recordFolders.Add(Folder(destination));
        return true;
    }

    /// <summary>
    /// True when every command is the template's bookkeeping: its apt cache settings, pip freeze/list or conda export
    /// records (whose folders are added to <paramref name="recordFolders"/>), and, once those are known
    /// (<paramref name="withFolders"/>), creating a record folder.
    /// </summary>
    private static bool IsBookkeeping(IReadOnlyList<IReadOnlyList<string>> commands, HashSet<string> recordFolders, bool withFolders)
    {
        var records = new List<string>();
        foreach (var command in commands)
        {
            var program = CommandWords.Program(command[0]);
            var redirect = command.Count > 1 && command[^2] is ">" or ">>" ? command[^1] : null;
            if (program == "rm" && command.Skip(1).Where(w => !w.StartsWith('-')).All(w => w == "/etc/apt/apt.conf.d/docker-clean")) continue;
            if (program == "echo" && redirect == "/etc/apt/apt.conf.d/keep-cache") continue;
            if (IsRecord(command) && redirect is not null)
            {
                records.Add(Folder(redirect));
                continue;
            }

            if (withFolders && program == "mkdir" && TemplatePaths.Operands(command).All(w => recordFolders.Contains(w.TrimEnd('/')))) continue;
            return false;
        }

        recordFolders.UnionWith(records);
        return commands.Count > 0;
    }

    private static bool IsRecord(IReadOnlyList<string> command)
    {
        var words = command.Select(CommandWords.Program).ToList();
        var pip = words[0].StartsWith("pip", StringComparison.Ordinal) ? 1 : words.Count > 2 && words[0].StartsWith("python", StringComparison.Ordinal) && words[1] == "-m" && words[2] == "pip" ? 3 : -1;
        if (pip > 0) return words.Count > pip && words[pip] is "freeze" or "list";
        return words[0] is "conda" or "mamba" or "micromamba" && words.Count > 2 && (words[1], words[2]) is ("env", "export") or ("list", _);
    }

    private static string Folder(string path) => path.Contains('/') ? path[..path.LastIndexOf('/')] : path;
}
