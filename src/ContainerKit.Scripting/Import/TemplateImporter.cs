using System.Text.RegularExpressions;
using ContainerKit.Diagnostics;
using ContainerKit.Dockerfiles;
using ContainerKit.Model;
using Microsoft.CodeAnalysis.CSharp;

namespace ContainerKit.Scripting.Import;

/// <summary>
/// Reads a research-template installation folder (pure: files come through <see cref="TemplateSource.ReadFile"/>)
/// into a <see cref="DefinitionDescription"/>. Rules:
/// <list type="bullet">
/// <item>The folder name <c>docker-&lt;platform&gt;-&lt;acceleration&gt;</c> gives the matrix entry (amd64 x cpu otherwise, with a note).</item>
/// <item>The Dockerfile must have a <c>runtime-generic</c> stage; the image its FROM chain starts from is the base
/// image, with <c>${ARG}</c> references replaced by build arguments: compose build args (compose.yaml over
/// compose-base.yaml) over the Dockerfile's <c>ARG</c> defaults. No value is an error at the FROM line.</item>
/// <item><c>BASE_ENTRYPOINT</c> comes from the build arguments, else from a literal <c>ENV BASE_ENTRYPOINT</c>.</item>
/// <item>A <c>mamba|conda env create --file</c> makes the environment from-scratch (the environment.yml is copied,
/// a batch-mode installer's URL and <c>-p</c> path are kept); otherwise it is from-python and the one
/// <c>pip install -r</c> file is copied (inline <c>pip install</c> names are used only when there is no file).</item>
/// <item>apt lists, inline or read from list files, go to the lists <see cref="StageRoles"/> assigns; the DSL's apt lists are inline.</item>
/// <item>Stages no mapped stage builds on become <see cref="DefinitionDescription.UnmappedStages"/>; RUN instructions of
/// mapped stages that install nothing the definition can express become notes.</item>
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
        if (!SyntaxFacts.IsValidIdentifier(options.ClassName) || SyntaxFacts.GetKeywordKind(options.ClassName) != SyntaxKind.None)
        {
            throw new DiagnosticException(ImportDiagnostics.Error("--class-name", "the class name is not a C# identifier", options.ClassName,
                "pass a name such as ProjectEnvironment"));
        }

        var dockerfilePath = source.Display(TemplateSource.DockerfileName);
        var dockerfile = DockerfileParser.Parse(source.ReadFile(TemplateSource.DockerfileName)
            ?? throw new DiagnosticException(ImportDiagnostics.Error(dockerfilePath, "the template folder has no Dockerfile")));
        var arguments = BuildArguments.From(dockerfile, ComposeArguments(source));
        var stages = new StageAncestry(dockerfile);
        var runtime = stages.Find(RuntimeStage) ?? throw new DiagnosticException(ImportDiagnostics.Error(dockerfilePath,
            $"the Dockerfile has no '{RuntimeStage}' stage", hint: $"name the stage of the shared run image 'FROM ... AS {RuntimeStage}'"));

        var steps = dockerfile.Instructions.Where(i => i.Keyword == "RUN").ToDictionary(i => i, RunInstalls.Read);
        var all = steps.Values.SelectMany(s => s).ToList();
        var conda = all.FirstOrDefault(s => s.Kind == InstallKind.CondaEnvironment);
        var pythonInstall = conda ?? all.FirstOrDefault(s => s.Kind == InstallKind.Pip && s.Files.Count > 0) ?? all.FirstOrDefault(s => s.Kind == InstallKind.Pip);
        var roles = new StageRoles(stages, runtime, stages.Find(DevelopmentStage), pythonInstall?.Instruction, dockerfile);
        var resolver = new ContextFileResolver(dockerfile, stages, source);
        var context = new ImportContext(source, dockerfilePath, resolver);

        var apt = AptLists(steps, roles, context);
        var files = new List<ImportedFile>();
        var description = new DefinitionDescription(options.ClassName, conda is not null, BaseImage(stages.Root(runtime), arguments, dockerfilePath))
        {
            ProjectName = options.ProjectName ?? arguments.Get("PROJECT_NAME") ?? options.EnvironmentName,
            PackageName = arguments.Get("PACKAGE_NAME"),
            BaseEntrypoint = arguments.Get("BASE_ENTRYPOINT") ?? EnvBaseEntrypoint(dockerfile, arguments),
            BaseApt = apt[AptRole.Base],
            BuildApt = apt[AptRole.Build],
            RuntimeApt = apt[AptRole.Runtime],
            DevApt = apt[AptRole.Dev],
            UnmappedStages = dockerfile.Stages.Where(s => !roles.IsMapped(s.Index)).Select(StageAncestry.Label).ToList(),
            Origin = dockerfilePath,
        };
        description = conda is not null
            ? FromScratch(description, conda, all, arguments, context, options, files)
            : description with { Pip = Pip(all.Where(s => s.Kind == InstallKind.Pip && roles.IsMapped(s.Instruction.StageIndex)).ToList(), context, options, files) };
        description = Matrix(description, source.FolderName, context);
        if (roles.IsChained && description.BuildApt.Count > 0)
        {
            context.Notes.Add($"the template's {RuntimeStage} builds on its Python stage and so also holds BuildApt; ContainerKit installs BuildApt only where "
                + "the Python environment is built: move what the run image needs (e.g. a Python interpreter from apt) to BaseApt");
        }


        var unimported = steps.Where(s => s.Value.Count == 0 && roles.IsMapped(s.Key.StageIndex))
            .Select(s => context.At(s.Key) + $": not imported: RUN {Shorten(s.Key.Arguments)}");
        return new TemplateImport(description with { Notes = [.. context.Notes, .. unimported] }, files);
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

    private static string BaseImage(DockerfileStage root, BuildArguments arguments, string dockerfilePath)
    {
        var image = arguments.Substitute(root.BaseImage, out var missing);
        if (missing.Count == 0 && image.Length > 0) return image;
        var name = missing.FirstOrDefault() ?? "BASE_IMAGE";
        throw new DiagnosticException(ImportDiagnostics.Error($"{dockerfilePath}:{root.Line}",
            $"the base image of '{RuntimeStage}' has no value: {name} is set neither by a compose build arg nor by an ARG default", root.BaseImage,
            $"add 'ARG {name}=<image>' before the first FROM, or build.args.{name} in {string.Join(" or ", TemplateSource.ComposeFiles)}"));
    }

    private static string? EnvBaseEntrypoint(DockerfileDocument dockerfile, BuildArguments arguments) =>
        dockerfile.Instructions
            .Where(i => i.Keyword == "ENV")
            .Select(i => BaseEntrypointEnv().Match(i.Arguments))
            .Where(m => m.Success)
            .Select(m => arguments.Substitute(m.Groups["value"].Value.Trim('"', '\''), out var missing) is var value && missing.Count == 0 && value.Length > 0 ? value : null)
            .FirstOrDefault(v => v is not null);

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

    private static DefinitionDescription FromScratch(DefinitionDescription description, InstallStep conda, IReadOnlyList<InstallStep> all, BuildArguments arguments,
        ImportContext context, ImportOptions options, List<ImportedFile> files)
    {
        foreach (var pip in all.Where(s => s.Kind == InstallKind.Pip)) context.Note(pip.Instruction, "pip install not imported (from-scratch environments install the environment.yml's pip section)");
        var installer = all.FirstOrDefault(s => s.Kind == InstallKind.CondaInstaller);
        string? url = null;
        if (installer?.Url is { } written)
        {
            url = arguments.Substitute(written, out var missing);
            if (missing.Count > 0)
            {
                context.Note(installer.Instruction, $"installer URL {written} depends on {string.Join(", ", missing)}; the DSL default installer is used");
                url = null;
            }
        }

        return description with
        {
            CondaEnvironmentFile = context.Keep(conda.Files[0], conda.Instruction, "conda environment file", options, files),
            CondaInstallerUrl = url,
            CondaInstallPath = installer?.InstallPath,
        };
    }

    private static DefinitionDescription Matrix(DefinitionDescription description, string folderName, ImportContext context)
    {
        var match = MatrixFolder().Match(folderName);
        if (match.Success && Enum.TryParse<Platform>(match.Groups["platform"].Value, true, out var platform)
                          && Enum.TryParse<Acceleration>(match.Groups["acceleration"].Value, true, out var acceleration))
            return description with { Platforms = [platform], Accelerations = [acceleration] };
        context.Notes.Add($"the folder name '{folderName}' is not docker-<platform>-<acceleration>; the matrix is amd64 x cpu");
        return description;
    }

    private static string Shorten(string text)
    {
        var single = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return single.Length <= 80 ? single : single[..77] + "...";
    }

    [GeneratedRegex(@"^docker-(?<platform>[A-Za-z0-9]+)-(?<acceleration>[A-Za-z0-9]+)$")]
    private static partial Regex MatrixFolder();

    [GeneratedRegex(@"(?:^|\s)BASE_ENTRYPOINT(?:=|\s+)(?<value>""[^""]*""|'[^']*'|\S+)")]
    private static partial Regex BaseEntrypointEnv();
}
