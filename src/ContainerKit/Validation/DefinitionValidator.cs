using ContainerKit.Definitions;
using ContainerKit.Diagnostics;
using ContainerKit.Model;

namespace ContainerKit.Validation;

/// <summary>
/// The validation pass: reads a definition for one matrix entry, checks every value (CK1xxx) and builds the
/// <see cref="EntryModel"/> the renderers use. Pure: dependency files come through the <c>readFile</c> delegate
/// in <see cref="Resolve(EnvironmentDefinition, MatrixEntry, Func{string, string?})"/> (null for a missing file).
/// </summary>
public static class DefinitionValidator
{
    /// <summary>Checks a set of environments as a whole (unique names, non-empty matrices).</summary>
    public static IReadOnlyList<Diagnostic> CheckSet(IReadOnlyList<EnvironmentDefinition> definitions) => ReadSet(definitions).Diagnostics;

    /// <summary>
    /// Reads the name and the matrix of every definition once (a member that throws is CK1020) and checks the set:
    /// names (CK1014, CK1025), non-empty matrices (CK1017), their accelerations (CK1050, CK1051, CK1053) and unique names (CK1021).
    /// </summary>
    internal static (IReadOnlyList<DefinitionHeader> Headers, IReadOnlyList<Diagnostic> Diagnostics) ReadSet(IReadOnlyList<EnvironmentDefinition> definitions)
    {
        var result = new List<Diagnostic>();
        var headers = new List<DefinitionHeader>();
        foreach (var definition in definitions)
        {
            var bag = new DiagnosticBag(definition.GetType().Name);
            var name = bag.Read<string?>("Name", () => definition.Name, null);
            if (name is not null) bag.CheckName("Name", "the environment name", name, Grammar.IsSimpleName, "is not a simple lower-case name");
            var entries = bag.Read<IReadOnlyList<MatrixEntry>>("Matrix", () => definition.Matrix.Expand(), []);
            if (entries.Count == 0) bag.Add(DefinitionRules.EmptyMatrix, "Matrix", "the matrix has no entry", null);
            AccelerationChecks.CheckMatrix(bag, entries);
            headers.Add(new DefinitionHeader(definition, name ?? definition.GetType().Name, entries));
            result.AddRange(bag.Items);
        }
        foreach (var group in headers.GroupBy(h => h.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            result.Add(DefinitionRules.DuplicateEnvironment.At(
                string.Join(", ", group.Select(h => h.TypeName + ".Name")),
                "several environments render to the same folder", group.Key));
        }
        return (headers, result);
    }

    /// <summary>Validates one entry; the model is null when an error was found. Reads every member once.</summary>
    public static (EntryModel? Model, IReadOnlyList<Diagnostic> Diagnostics) Resolve(
        EnvironmentDefinition definition, MatrixEntry entry, Func<string, string?> readFile)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var bag = new DiagnosticBag(definition.GetType().Name);
        var name = bag.Read<string?>("Name", () => definition.Name, null);
        if (name is not null) bag.CheckName("Name", "the environment name", name, Grammar.IsSimpleName, "is not a simple lower-case name");
        return Resolve(bag, definition, name ?? "", entry, readFile);
    }

    /// <summary>Validates one entry of a definition whose name <see cref="ReadSet"/> has read.</summary>
    internal static (EntryModel? Model, IReadOnlyList<Diagnostic> Diagnostics) Resolve(
        DefinitionHeader header, MatrixEntry entry, Func<string, string?> readFile) =>
        Resolve(new DiagnosticBag(header.TypeName), header.Definition, header.Name, entry, readFile);

    private static (EntryModel? Model, IReadOnlyList<Diagnostic> Diagnostics) Resolve(
        DiagnosticBag bag, EnvironmentDefinition definition, string name, MatrixEntry entry, Func<string, string?> readFile)
    {
        var project = bag.Read("Project", () => definition.Project, new Project("invalid"));
        CheckProject(bag, project);

        var baseImage = bag.Read("Base", () => definition.Base(entry), BaseImage.Parse("invalid:invalid"));
        bag.CheckImageReference("Base", "the base image", baseImage.Reference);
        if (baseImage.Entrypoint is { } baseEntrypoint) bag.CheckAbsolutePath("Base", "the base entrypoint", baseEntrypoint);
        AccelerationChecks.CheckEntry(bag, entry, baseImage);

        var lists = new (string Member, IReadOnlyList<string> Items)[]
        {
            ("BaseApt", AptList(bag, "BaseApt", bag.Read("BaseApt", () => definition.BaseAptFor(entry), AptPackages.Empty))),
            ("BuildApt", AptList(bag, "BuildApt", bag.Read("BuildApt", () => definition.BuildAptFor(entry), AptPackages.Empty))),
            ("RuntimeApt", AptList(bag, "RuntimeApt", bag.Read("RuntimeApt", () => definition.RuntimeAptFor(entry), AptPackages.Empty))),
            ("DevApt", AptList(bag, "DevApt", bag.Read("DevApt", () => definition.DevAptFor(entry), AptPackages.Empty))),
        };
        CheckDuplicates(bag, lists);

        PythonInstall python = definition switch
        {
            FromPythonEnvironment p => ResolvePip(bag, p, entry, readFile),
            FromScratchEnvironment s => ResolveConda(bag, s, entry, readFile),
            _ => throw new InvalidOperationException("definitions derive from FromPythonEnvironment or FromScratchEnvironment"),
        };

        // Copied once: a dictionary the definition keeps changing cannot render other pairs than were checked.
        var variables = bag.Read("EnvironmentVariables", () => definition.EnvironmentVariablesFor(entry).ToList(), []);
        foreach (var (variable, value) in variables) bag.CheckEnvironmentVariable("EnvironmentVariables", variable, value ?? "");

        var command = bag.Read("Command", () => definition.Command, ["/bin/bash"]);
        var user = bag.Read("User", () => definition.UserFor(entry), new UserLayer());
        CheckUser(bag, user);
        var labels = ResolveLabels(bag, bag.Read("Labels", () => definition.LabelsFor(entry), new Labels()), name);
        var entrypoint = bag.Read("Entrypoint", () => definition.EntrypointFor(entry), new()) with
        {
            BaseEntrypoint = baseImage.Entrypoint,
            BaseEntrypointMode = baseImage.EntrypointMode,
            PackageName = project.Package,
        };
        bag.CheckPort("Entrypoint", "DefaultSshPort", entrypoint.DefaultSshPort);
        bag.CheckPort("Entrypoint", "DefaultJupyterPort", entrypoint.DefaultJupyterPort);
        // Each list is read once and copied: what StageGraph checks is exactly what the model renders.
        var runtimeInstructions = bag.Read<IReadOnlyList<Instruction>>("RuntimeInstructions", () => [.. definition.RuntimeInstructions(entry)], []);
        var developmentInstructions = bag.Read<IReadOnlyList<Instruction>>("DevelopmentInstructions", () => [.. definition.DevelopmentInstructions(entry)], []);
        var stages = StageGraph.Check(
            bag,
            bag.Read<IReadOnlyList<CustomStage>>("CustomStages", () => [.. definition.CustomStages(entry).Select(s => s with { Instructions = [.. s.Instructions] })], []),
            runtimeInstructions,
            developmentInstructions);
        var mounts = bag.Read<IReadOnlyList<Mount>>("Mounts", () => [.. definition.MountsFor(entry)], []);
        foreach (var (rule, message, value) in MountChecks.Problems(mounts, project.ProjectRootAt)) bag.Add(rule, "Mounts", message, value);
        var syntax = bag.Read("Syntax", () => definition.Syntax, DockerfileSyntax.Portable);
        var devShell = bag.Read("DevShell", () => definition.DevShell, InteractiveShell.Zsh);
        var zshPlugins = bag.Read("ZshPlugins", () => definition.ZshPlugins, true);

        if (bag.HasErrors) return (null, bag.Items);
        var model = new EntryModel
        {
            EnvironmentName = name,
            Entry = entry,
            Project = project,
            BaseImage = baseImage.Reference,
            BaseApt = lists[0].Items,
            BuildApt = lists[1].Items,
            RuntimeApt = lists[2].Items,
            DevApt = lists[3].Items,
            Python = python,
            DevShell = devShell,
            ZshPlugins = zshPlugins,
            EnvironmentVariables = variables.Select(v => new KeyValuePair<string, string>(v.Key, v.Value ?? "")).OrderBy(v => v.Key, StringComparer.Ordinal).ToList(),
            Command = [.. command],
            Entrypoint = entrypoint,
            User = user,
            Labels = labels,
            Syntax = syntax,
            CustomStages = stages,
            RuntimeInstructions = runtimeInstructions,
            DevelopmentInstructions = developmentInstructions,
            Mounts = mounts,
        };
        return (model, bag.Items);
    }

    private static void CheckProject(DiagnosticBag bag, Project project)
    {
        bag.CheckName("Project", "the project name", project.Name, Grammar.IsSimpleName, "is not a simple lower-case name");
        if (!Grammar.IsPythonIdentifier(project.Package)) bag.Add(DefinitionRules.Name, "Project", "the package name is not a Python identifier", project.Package);
        if (project.Lab is { } lab) bag.CheckName("Project", "the lab name", lab, Grammar.IsSimpleName, "is not a simple lower-case name");
        if (bag.CheckImageReference("Project", "the image name", project.ImageName) is { } image && image is not { Tag: null, Digest: null })
            bag.Add(DefinitionRules.ImageReference, "Project", "the image name is not an OCI repository name without tag", project.ImageName);
        bag.CheckAbsolutePath("Project", "PROJECT_ROOT_AT", project.ProjectRootAt);
    }

    private static List<string> AptList(DiagnosticBag bag, string member, AptPackages packages)
    {
        foreach (var package in packages)
        {
            if (!bag.CheckShellWord(member, "the apt package", package.Text)) continue;
            if (!Grammar.IsDebianPackageName(package.Name))
                bag.Add(DefinitionRules.AptPackageName, member, $"'{package.Name}' is not a valid Debian package name", package.Text);
            if (package.Version is { } version && !Grammar.IsDebianVersion(version))
                bag.Add(DefinitionRules.AptVersionPin, member, $"'{version}' is not a valid Debian version", package.Text);
        }
        return packages.Select(p => p.Text).ToList();
    }

    private static void CheckDuplicates(DiagnosticBag bag, (string Member, IReadOnlyList<string> Items)[] lists)
    {
        // Lists that end up in one image: base reaches every stage, runtime reaches development.
        var related = new (int, int)[] { (0, 0), (1, 1), (2, 2), (3, 3), (0, 1), (0, 2), (0, 3), (2, 3) };
        foreach (var (a, b) in related)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var names = a == b
                ? lists[a].Items.Select(Name).Where(n => !seen.Add(n)).Distinct()
                : lists[a].Items.Select(Name).Intersect(lists[b].Items.Select(Name));
            foreach (var name in names)
            {
                var where = a == b ? $"twice in {lists[a].Member}" : $"in both {lists[a].Member} and {lists[b].Member}";
                bag.Add(DefinitionRules.DuplicatePackage, lists[b].Member, $"the package is listed {where}", name);
            }
        }

        static string Name(string text) => text.Split('=', 2)[0];
    }

    private static PipInstall ResolvePip(DiagnosticBag bag, FromPythonEnvironment definition, MatrixEntry entry, Func<string, string?> readFile)
    {
        var python = bag.Read("PythonExecutable", () => definition.PythonExecutable, "python3");
        // It opens a RUN line, where a leading '-' would make it an instruction flag (--network=…, --security=…).
        if (bag.CheckShellWord("PythonExecutable", "the Python executable", python) && python.StartsWith('-'))
            bag.Add(DefinitionRules.ShellMetacharacter, "PythonExecutable", "the Python executable starts with '-', which Docker reads as a RUN flag", python);
        var venv = bag.Read("VirtualEnvPath", () => definition.VirtualEnvPath, "/opt/venv");
        bag.CheckAbsolutePath("VirtualEnvPath", "the virtual environment path", venv);
        var pip = bag.Read("Pip", () => definition.PipFor(entry), PipRequirements.Empty);
        var lines = pip.SourceFile is { } file
            ? RequirementsFile(bag, "Pip", file, readFile)
            : pip.Items.Select(r => CheckRequirement(bag, "Pip", "", r.Text)).ToList();
        var sources = bag.Read("PipSources", () => definition.PipSourcesFor(entry), PipSources.Default);
        var options = PipSourceRules.Resolve(bag, "PipSources", sources with { ExtraIndexUrls = [.. sources.ExtraIndexUrls ?? []], FindLinks = [.. sources.FindLinks ?? []], TrustedHosts = [.. sources.TrustedHosts ?? []] });
        return new PipInstall(python, venv, lines) { IndexOptions = options, NetrcSecret = sources.NetrcSecret };
    }

    private static List<string> RequirementsFile(DiagnosticBag bag, string member, string file, Func<string, string?> readFile)
    {
        var content = ReadDependencyFile(bag, member, file, readFile);
        var result = new List<string>();
        foreach (var (line, text, isOption) in DependencyFiles.ParseRequirements(content ?? ""))
        {
            if (isOption) PipSourceRules.CheckFileOption(bag, member, $"{file}:{line}: ", text);
            result.Add(isOption ? text : CheckRequirement(bag, member, $"{file}:{line}: ", text));
        }
        return result;
    }

    private static string CheckRequirement(DiagnosticBag bag, string member, string where, string text)
    {
        // pip splits requirement files at Unicode line breaks too (U+0085 is a control character, U+2028/U+2029 are not).
        if (!Grammar.IsPep508(text) || text.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029'))
            bag.Add(DefinitionRules.Pep508, member, $"{where}not a valid PEP 508 requirement", text);
        return text.Trim();
    }

    private static string? ReadDependencyFile(DiagnosticBag bag, string member, string file, Func<string, string?> readFile)
    {
        if (Path.IsPathRooted(file) || file.Replace('\\', '/').Split('/').Contains(".."))
        {
            bag.Add(DefinitionRules.DependencyFile, member, "dependency files are given relative to the repository root, inside it", file);
            return null;
        }
        var content = readFile(file);
        if (content is null) bag.Add(DefinitionRules.DependencyFile, member, "the dependency file does not exist", file);
        return content;
    }

    private static CondaInstall ResolveConda(DiagnosticBag bag, FromScratchEnvironment definition, MatrixEntry entry, Func<string, string?> readFile)
    {
        var installer = bag.Read("CondaInstallerFor", () => definition.CondaInstallerFor(entry), new CondaInstaller(""));
        var url = installer.Url ?? "";
        if (installer.Sha256 is { } sha && !(sha.Length == 64 && sha.All(char.IsAsciiHexDigit)))
            bag.Add(DefinitionRules.InstallerChecksum, "CondaInstallerFor", "the installer checksum is not a SHA-256 of 64 hex digits", sha);
        // Rendered as one quoted word of a RUN line (the Dockerfile line and the shell): refused characters are
        // those a shell or the Dockerfile would act on, even though the quoting already neutralises them.
        if (Grammar.FirstUrlUnsafeCharacter(url) is { } bad)
            bag.Add(DefinitionRules.ShellMetacharacter, "CondaInstallerFor", $"the installer URL contains {Grammar.Describe(bad)}, which the shell would interpret", url);
        else if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
            bag.Add(DefinitionRules.InstallerUrl, "CondaInstallerFor", "the installer URL is not an absolute https URL", url);
        var path = bag.Read("CondaInstallPath", () => definition.CondaInstallPath, "/opt/conda");
        bag.CheckAbsolutePath("CondaInstallPath", "the conda install path", path);
        var envName = bag.Read("CondaEnvironmentName", () => definition.CondaEnvironmentName, "project");
        bag.CheckName("CondaEnvironmentName", "the conda environment name", envName, Grammar.IsSimpleName, "is not a simple name");

        // The lists are copied as read: a list that changes between enumerations cannot render unchecked specs.
        var conda = bag.Read<CondaEnvironment>("Conda", () => definition.CondaFor(entry) is { } read
            ? read with { Channels = [.. read.Channels], Dependencies = [.. read.Dependencies], Pip = [.. read.Pip] }
            : new CondaEnvironment(), new CondaEnvironment());
        if (conda.SourceFile is { } file && ReadDependencyFile(bag, "Conda", file, readFile) is { } content)
        {
            try
            {
                conda = DependencyFiles.ParseEnvironmentYaml(content);
            }
            catch (FormatException ex)
            {
                bag.Add(DefinitionRules.DependencyFileSyntax, "Conda", $"{file}: {ex.Message}", file);
            }
        }
        foreach (var channel in conda.Channels)
        {
            if (!Grammar.IsCondaMatchSpec(channel) && !Uri.TryCreate(channel, UriKind.Absolute, out _) || channel.Any(char.IsWhiteSpace))
                bag.Add(DefinitionRules.CondaMatchSpec, "Conda", "not a valid conda channel", channel);
        }
        foreach (var spec in conda.Dependencies)
        {
            if (!Grammar.IsCondaMatchSpec(spec.Text)) bag.Add(DefinitionRules.CondaMatchSpec, "Conda", "not a valid conda match spec", spec.Text);
        }
        var pip = conda.Pip.Select(p => CheckRequirement(bag, "Conda", "pip section: ", p.Text)).ToList();
        return new CondaInstall(url, path, envName, conda.Channels, conda.Dependencies.Select(d => d.Text.Trim()).ToList(), pip)
        {
            InstallerSha256 = installer.Sha256?.ToLowerInvariant(),
        };
    }

    private static void CheckUser(DiagnosticBag bag, UserLayer user)
    {
        bag.CheckAbsolutePath("User", "the login shell", user.LoginShell);
        if (user.Sudo.PasswordHash is { } hash && !Grammar.IsCryptHash(hash))
            bag.Add(DefinitionRules.PasswordHash, "User", "the sudo password is not a crypt(3) hash", hash.Length > 0 && hash[0] == '$' ? hash : "(hidden: not a hash)");
        foreach (var (what, id) in new[] { ("USRID", user.ExampleUid), ("GRPID", user.ExampleGid) })
        {
            if (id is < 1 or > int.MaxValue) bag.Add(DefinitionRules.IdRange, "User", $"the example {what} is out of range", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static List<KeyValuePair<string, string>> ResolveLabels(DiagnosticBag bag, Labels labels, string name)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["org.opencontainers.image.title"] = labels.Title ?? name,
        };
        if (labels.Source is { } source) result["org.opencontainers.image.source"] = source;
        foreach (var (key, value) in labels.Extra)
        {
            if (!Grammar.IsLabelKey(key)) bag.Add(DefinitionRules.Label, "Labels", "not a valid label key", key);
            else result[key] = value ?? "";
        }
        foreach (var (key, value) in result)
        {
            if (value.Any(char.IsControl)) bag.Add(DefinitionRules.Label, "Labels", $"the value of {key} is not one line", value);
        }
        return result.ToList();
    }
}
