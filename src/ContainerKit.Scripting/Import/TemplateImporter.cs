using System.Text.RegularExpressions;
using ContainerKit.Diagnostics;
using ContainerKit.Dockerfiles;
using ContainerKit.Model;

namespace ContainerKit.Scripting.Import;

/// <summary>
/// Reads a research-template installation folder (pure: files come through <see cref="TemplateSource.ReadFile"/>)
/// into a <see cref="DefinitionDescription"/>. Both published layouts are read: the 2024-07 one (apt-build/-runtime/-dev
/// lists in build, runtime and development stages) and the later one (a single apt.txt, no dev image). Rules:
/// <list type="bullet">
/// <item>The folder name <c>docker-&lt;platform&gt;-&lt;acceleration&gt;</c> gives the matrix entry (amd64 x cpu otherwise, with a note).</item>
/// <item>The Dockerfile must have a <c>runtime-generic</c> stage; the image its FROM chain starts from is the base
/// image, with <c>${ARG}</c> references replaced by build arguments: compose build args (compose.yaml over
/// compose-base.yaml) over the Dockerfile's <c>ARG</c> defaults. No value is an error at the FROM line. Inside stages,
/// build arguments and <c>ENV</c> values are expanded as Docker scopes them (<see cref="DockerfileVariables"/>).</item>
/// <item>The project and package names come from the folder's <c>.env</c>, else from <c>template.sh</c>'s defaults (<see cref="TemplateNames"/>).</item>
/// <item>A <c>mamba|conda env create --file</c> makes the environment from-scratch (the environment.yml is copied,
/// a batch-mode installer's URL and <c>-p</c> path are kept); otherwise it is from-python and the one
/// <c>pip install -r</c> file is copied (inline <c>pip install</c> names are used only when there is no file).</item>
/// <item>apt lists, inline or read from list files, go to the lists <see cref="StageRoles"/> assigns: where the template installs them.</item>
/// <item>The run image's <c>ENV</c> values and <c>CMD</c> are carried unless they point into the template's own folders
/// (<see cref="InstructionReview"/>); <c>BASE_ENTRYPOINT</c> becomes the base image's entrypoint when it is not a template file.</item>
/// <item>Everything else that is not mapped (stages, instructions, values) becomes a review note, printed by the
/// Import target and written as TODO comments.</item>
/// </list>
/// </summary>
public static partial class TemplateImporter
{
    /// <summary>The runtime stage every template has.</summary>
    public const string RuntimeStage = "runtime-generic";

    /// <summary>The development stage of the template.</summary>
    public const string DevelopmentStage = "development-generic";

    /// <summary>Imports <paramref name="source"/>.</summary>
    /// <exception cref="DiagnosticException">CK1106 when something required is missing or unreadable.</exception>
    public static TemplateImport Import(TemplateSource source, ImportOptions options)
    {
        ClassName.Check(options.ClassName);
        var dockerfilePath = source.Display(TemplateSource.DockerfileName);
        var dockerfile = DockerfileParser.Parse(source.ReadFile(TemplateSource.DockerfileName)
            ?? throw new DiagnosticException(ImportDiagnostics.Error(dockerfilePath, "the template folder has no Dockerfile")));
        var stages = new StageAncestry(dockerfile);
        var variables = new DockerfileVariables(dockerfile, stages, ComposeArguments(source));
        var runtime = stages.Find(RuntimeStage) ?? throw new DiagnosticException(ImportDiagnostics.Error(dockerfilePath,
            $"the Dockerfile has no '{RuntimeStage}' stage", hint: $"name the stage of the shared run image 'FROM ... AS {RuntimeStage}'"));

        var steps = dockerfile.Instructions.Where(i => i.Keyword == "RUN").ToDictionary(i => i, run => RunInstalls.Read(run, variables));
        var all = steps.Values.SelectMany(s => s).ToList();
        var conda = all.FirstOrDefault(s => s.Kind == InstallKind.CondaEnvironment);
        var pythonInstall = conda ?? all.FirstOrDefault(s => s.Kind == InstallKind.Pip && s.Files.Count > 0) ?? all.FirstOrDefault(s => s.Kind == InstallKind.Pip);
        var roles = new StageRoles(stages, runtime, stages.Find(DevelopmentStage), pythonInstall?.Instruction, dockerfile);
        var resolver = new ContextFileResolver(dockerfile, stages, variables, source);
        var context = new ImportContext(source, dockerfilePath, resolver);

        var apt = AptLists(steps, roles, context);
        var files = new List<ImportedFile>();
        var installs = steps.Where(s => s.Value.Count > 0 && roles.IsUsed(s.Key.StageIndex)).Select(s => s.Key).ToHashSet();
        // A stage is imported when the run or dev image builds on it, or when it is a build stage whose installs are imported.
        var imported = dockerfile.Stages.Select(s => s.Index)
            .Where(i => roles.IsRuntime(i) || roles.IsDevelopment(i) || installs.Any(r => r.StageIndex == i)).ToHashSet();
        var description = new DefinitionDescription(options.ClassName, conda is not null, BaseImage(stages.Root(runtime), variables, dockerfilePath))
        {
            BaseApt = apt[AptRole.Base],
            BuildApt = apt[AptRole.Build],
            RuntimeApt = apt[AptRole.Runtime],
            DevApt = apt[AptRole.Dev],
            Origin = dockerfilePath,
        };
        description = conda is not null
            ? FromScratch(description, conda, all, dockerfile, variables, context, options, files, imported, installs)
            : description with { Pip = Pip(all.Where(s => s.Kind == InstallKind.Pip && roles.IsUsed(s.Instruction.StageIndex)).ToList(), context, options, files) };
        description = Matrix(description, source.FolderName, context);

        var unmapped = dockerfile.Stages.Where(s => !imported.Contains(s.Index)).ToList();
        var review = new InstructionReview(dockerfile, roles, variables, resolver, new TemplatePaths(dockerfile, variables, resolver), context, imported.Contains);
        review.Review(imported, installs);
        var stageNotes = unmapped.Select(s => StageNote(dockerfile, s, variables)).OfType<string>();
        var names = TemplateNames.Read(source);
        if (dockerfile.Stages.All(s => !string.Equals(s.Name, DevelopmentStage, StringComparison.OrdinalIgnoreCase)))
        {
            context.Notes.Add($"the Dockerfile has no '{DevelopmentStage}' stage (the template's later layout has no dev image); "
                + "ContainerKit still builds one, adding DevApt (empty here) to the run image");
        }

        return new TemplateImport(description with
        {
            ProjectName = options.ProjectName ?? names.ProjectName ?? variables.Global("PROJECT_NAME") ?? options.EnvironmentName,
            PackageName = names.PackageName ?? variables.Global("PACKAGE_NAME"),
            BaseEntrypoint = review.BaseEntrypoint,
            EnvironmentVariables = review.EnvironmentVariables,
            Command = review.Command,
            UnmappedStages = unmapped.Select(StageAncestry.Label).ToList(),
            Notes = [.. stageNotes, .. context.Notes],
        }, files);
    }

    /// <summary>Why a stage is not imported, when the importer recognises what it does.</summary>
    private static string? StageNote(DockerfileDocument dockerfile, DockerfileStage stage, DockerfileVariables variables)
    {
        var runs = dockerfile.InstructionsOf(stage).Where(i => i.Keyword == "RUN").ToList();
        var label = StageAncestry.Label(stage);
        if (runs.Any(r => r.Arguments.Contains(PreloadLibrary.Marker, StringComparison.Ordinal)))
            return $"stage '{label}' compiles the template's {PreloadLibrary.Explanation}";
        var clones = runs.SelectMany(r => RunInstalls.Commands(r, variables))
            .Where(c => c.Count > 2 && CommandWords.Program(c[0]) == "git" && c[1] == "clone")
            .Select(c => c.Skip(2).FirstOrDefault(w => !w.StartsWith('-') && !IsOptionValue(c, w)) ?? "?").ToList();
        return clones.Count == 0 ? null
            : $"stage '{label}' clones {string.Join(", ", clones)} while building (the template's zsh prompt plugins); not carried: "
              + "ContainerKit downloads nothing from GitHub while building; its dev image opens zsh (DevShell) with Debian's zsh-autosuggestions and "
              + "zsh-syntax-highlighting (ZshPlugins) and a prompt of its own";
    }

    private static bool IsOptionValue(IReadOnlyList<string> command, string word)
    {
        var index = command.ToList().IndexOf(word);
        return index > 0 && command[index - 1] is "--depth" or "--branch" or "-b" or "--origin" or "-o";
    }

    private static Dictionary<string, string> ComposeArguments(TemplateSource source)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in TemplateSource.ComposeFiles)
        {
            if (source.ReadFile(file) is not { } yaml) continue;
            foreach (var (name, value) in ComposeBuildArgs.Parse(yaml, source.Display(file))) result[name] = value;
        }

        return result;
    }

    private static string BaseImage(DockerfileStage root, DockerfileVariables variables, string dockerfilePath)
    {
        var image = variables.ExpandGlobal(root.BaseImage, out var missing);
        if (missing.Count == 0 && image.Length > 0) return image;
        var name = missing.FirstOrDefault() ?? "BASE_IMAGE";
        throw new DiagnosticException(ImportDiagnostics.Error($"{dockerfilePath}:{root.Line}",
            $"the base image of '{RuntimeStage}' has no value: {name} is set neither by a compose build arg nor by an ARG default", root.BaseImage,
            $"add 'ARG {name}=<image>' before the first FROM, or build.args.{name} in {string.Join(" or ", TemplateSource.ComposeFiles)}"));
    }

    private static Dictionary<AptRole, IReadOnlyList<string>> AptLists(Dictionary<DockerfileInstruction, IReadOnlyList<InstallStep>> steps, StageRoles roles, ImportContext context)
    {
        var lists = Enum.GetValues<AptRole>().ToDictionary(r => r, _ => new List<string>());
        foreach (var step in steps.Values.SelectMany(s => s).Where(s => s.Kind == InstallKind.Apt))
        {
            var list = lists[roles.Of(step.Instruction)];
            list.AddRange(step.Packages);
            foreach (var file in step.Files) list.AddRange(AptListFile.Parse(context.Read(file, step.Instruction, "apt list")));
            context.NoteUnresolved(step);
        }

        return lists.ToDictionary(l => l.Key, l => (IReadOnlyList<string>)l.Value.Distinct(StringComparer.Ordinal).ToList());
    }

    private static PackageList Pip(IReadOnlyList<InstallStep> pipSteps, ImportContext context, ImportOptions options, List<ImportedFile> files)
    {
        var withFiles = pipSteps.SelectMany(s => s.Files.Select(f => (Step: s, File: f))).ToList();
        if (withFiles.Count > 1)
        {
            throw new DiagnosticException(ImportDiagnostics.Error(context.At(withFiles[1].Step.Instruction),
                "the template installs more than one requirements file; a definition reads one", string.Join(", ", withFiles.Select(f => f.File)),
                "merge the requirements files into one, then import again"));
        }

        if (withFiles.Count == 0) return new PackageList(pipSteps.SelectMany(s => s.Packages).Distinct(StringComparer.Ordinal).ToList());
        foreach (var step in pipSteps.Where(s => s.Packages.Count > 0))
            context.Note(step.Instruction, $"inline pip requirements not imported (the requirements file is): {string.Join(' ', step.Packages)}");
        return PackageList.FromFile(context.Keep(withFiles[0].File, withFiles[0].Step.Instruction, "requirements file", options, files));
    }

    private static DefinitionDescription FromScratch(DefinitionDescription description, InstallStep conda, IReadOnlyList<InstallStep> all, DockerfileDocument dockerfile,
        DockerfileVariables variables, ImportContext context, ImportOptions options, List<ImportedFile> files, HashSet<int> imported, HashSet<DockerfileInstruction> installs)
    {
        foreach (var pip in all.Where(s => s.Kind == InstallKind.Pip)) context.Note(pip.Instruction, "pip install not imported (from-scratch environments install the environment.yml's pip section)");
        var installer = all.FirstOrDefault(s => s.Kind == InstallKind.CondaInstaller);
        string? url = null;
        // The URL is downloaded in the installer's RUN, or (2024-07 layout) in a stage the installer's RUN mounts from.
        var download = installer is null ? null
            : installer.Url is { } inline ? (Run: installer.Instruction, Url: inline)
            : DownloadStageUrl(dockerfile, installer.Instruction, variables);
        if (download is var (run, written))
        {
            url = variables.Expand(run, written, out var missing);
            if (missing.Count > 0 || url.Contains('$'))
            {
                context.Note(run, $"installer URL {written} depends on {string.Join(", ", missing)}; the DSL default installer is used");
                url = null;
            }
            else
            {
                imported.Add(run.StageIndex);
                installs.Add(run);
            }
        }

        return description with
        {
            CondaEnvironmentFile = context.Keep(conda.Files[0], conda.Instruction, "conda environment file", options, files),
            CondaInstallerUrl = url,
            CondaInstallPath = installer?.InstallPath,
        };
    }

    /// <summary>The URL a <c>curl</c>/<c>wget</c> downloads in a stage <paramref name="installer"/> bind-mounts from, or null.</summary>
    private static (DockerfileInstruction Run, string Url)? DownloadStageUrl(DockerfileDocument dockerfile, DockerfileInstruction installer, DockerfileVariables variables)
    {
        foreach (var from in installer.Mounts.Select(m => m.Options.GetValueOrDefault("from")).OfType<string>())
        {
            if (dockerfile.PreviousStage(from, installer.StageIndex) is not { } stage) continue;
            foreach (var run in dockerfile.InstructionsOf(stage).Where(i => i.Keyword == "RUN"))
            {
                var url = RunInstalls.Commands(run, variables)
                    .Where(c => CommandWords.Program(c[0]) is "curl" or "wget")
                    .SelectMany(c => c.Skip(1))
                    .FirstOrDefault(w => w.StartsWith("http", StringComparison.Ordinal) || w.StartsWith('$'));
                if (url is not null) return (run, url);
            }
        }

        return null;
    }

    private static DefinitionDescription Matrix(DefinitionDescription description, string folderName, ImportContext context)
    {
        var match = MatrixFolder().Match(folderName);
        if (match.Success && Enum.TryParse<Platform>(match.Groups["platform"].Value, true, out var platform)
                          && Acceleration.BuiltInNamed(match.Groups["acceleration"].Value) is { } acceleration)
            return description with { Platforms = [platform], Accelerations = [acceleration] };
        context.Notes.Add($"the folder name '{folderName}' is not docker-<platform>-<acceleration>; the matrix is amd64 x cpu");
        return description;
    }

    /// <summary><paramref name="text"/> on one line, cut to 80 characters.</summary>
    internal static string Shorten(string text)
    {
        var single = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return single.Length <= 80 ? single : single[..77] + "...";
    }

    [GeneratedRegex(@"^docker-(?<platform>[A-Za-z0-9]+)-(?<acceleration>[A-Za-z0-9]+)$")]
    private static partial Regex MatrixFolder();
}
