using ContainerKit.Definitions;
using ContainerKit.Entrypoints;
using ContainerKit.Model;

namespace ContainerKit.Rendering;

/// <summary>
/// Renders the <see cref="StageNames.PythonEnvironment"/> stage and what the runtime copies out of it.
/// Requirements are copied in by themselves so editing an apt list never re-runs the install.
/// </summary>
internal static class PythonStage
{
    /// <summary>Folder of the venv creator inside the entry folder (the build context).</summary>
    public const string ContextFolder = "python-env";

    private const string VenvScriptName = "create-venv.py";

    private const string VenvScript = """"
        """ContainerKit: create the environment's virtual environment on top of the base image's Python.

        Run by the base's interpreter (python3 on PATH). The new environment sees the base's packages:
        --system-site-packages covers a system or prefix-installed Python (Debian's, /opt/conda's). When that
        interpreter is itself a virtual environment, a venv made from it only sees the outer environment's own
        base (e.g. /usr), not the packages installed in it; a .pth file then adds the outer environment's
        site-packages (with their own .pth files) after the new environment's. System site packages also keep
        the user site visible, so `pip install --user` works in the new environment.
        """
        import os
        import site
        import subprocess
        import sys
        import venv

        target = sys.argv[1]
        venv.EnvBuilder(system_site_packages=True, with_pip=True, symlinks=True).create(target)
        if sys.prefix != sys.base_prefix:
            outer = [p for p in site.getsitepackages() if os.path.isdir(p)]
            purelib = subprocess.run(
                [os.path.join(target, "bin", "python"), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                check=True, capture_output=True, text=True).stdout.strip()
            with open(os.path.join(purelib, "containerkit-base-venv.pth"), "w", encoding="utf-8") as pth:
                pth.write("import site; " + "; ".join(f"site.addsitedir({p!r})" for p in outer) + "\n")
            print(f"containerkit: {sys.prefix} is a virtual environment; its site-packages stay visible in {target}")
        """";

    private const string PipCacheMount = "type=cache,target=/root/.cache/pip,sharing=locked";
    private const string CondaCacheMount = "type=cache,target=/var/cache/conda/pkgs,sharing=locked";

    /// <summary>Appends the stage (FROM base).</summary>
    public static void Append(DockerfileBuilder dockerfile, EntryModel model)
    {
        dockerfile.Stage(StageNames.Base, StageNames.PythonEnvironment);
        switch (model.Python)
        {
            case PipInstall pip:
                AptInstall.Append(dockerfile, model.BuildApt);
                AppendPip(dockerfile, pip);
                break;
            case CondaInstall conda:
                // The installer download needs curl and CA certificates, whatever the build list says.
                AptInstall.Append(dockerfile, ["ca-certificates", "curl", .. model.BuildApt.Where(p => p is not ("ca-certificates" or "curl"))]);
                AppendConda(dockerfile, conda);
                break;
            default:
                throw new InvalidOperationException("unknown Python install " + model.Python.GetType().Name);
        }
    }

    /// <summary>The files the stage copies from the entry folder, paths relative to it.</summary>
    public static IReadOnlyList<RenderedFile> Render(PythonInstall python) => python is PipInstall
        ? [new RenderedFile($"{ContextFolder}/{VenvScriptName}", VenvScript.ReplaceLineEndings("\n").Trim('\n') + "\n")]
        : [];

    /// <summary>The ENV line putting the environment first on the base image's PATH.</summary>
    public static string PathLine(PythonInstall python) => python switch
    {
        CondaInstall conda => $"ENV PATH=\"{conda.BinFolder}:{conda.InstallPath}/bin:${{PATH}}\"",
        _ => $"ENV PATH=\"{python.BinFolder}:${{PATH}}\"",
    };

    /// <summary>Appends the COPY lines taking the environment and its snapshots into a later stage.</summary>
    public static void AppendCopies(DockerfileBuilder dockerfile, PythonInstall python)
    {
        dockerfile.Line($"COPY --from={StageNames.PythonEnvironment} {python.InstallRoot} {python.InstallRoot}");
        dockerfile.Line($"COPY --from={StageNames.PythonEnvironment} {ImagePaths.Snapshots} {ImagePaths.Snapshots}");
    }

    private static void AppendPip(DockerfileBuilder dockerfile, PipInstall pip)
    {
        var python = ShellQuoting.Word($"{pip.BinFolder}/python");
        // The base image's packages stay visible, also when its python3 is itself a virtual environment.
        var script = $"{ImagePaths.Root}/{ContextFolder}/{VenvScriptName}";
        dockerfile.Line($"COPY {ContextFolder}/{VenvScriptName} {script}");
        dockerfile.Line($"RUN {ShellQuoting.Word(pip.PythonExecutable)} {script} {ShellQuoting.Word(pip.VirtualEnvPath)} && mkdir -p {ImagePaths.Snapshots}");
        var requirements = $"{ImagePaths.Dependencies}/{DependencyFolder.Requirements}";
        dockerfile.Line($"COPY {ImagePaths.DependenciesFolder}/{DependencyFolder.Requirements} {requirements}");
        var commands = new List<string> { $"{python} -m pip list --format freeze > {ImagePaths.Snapshots}/pip-before.txt" };
        var options = string.Concat(pip.IndexOptions.Select(o => ShellQuoting.Word(o) + " "));
        // pip reads a private index's credentials from the netrc secret: in no layer, argument or log line.
        var netrc = pip.NetrcSecret ? $"NETRC=/run/secrets/{PipSources.NetrcSecretId} " : "";
        if (pip.Requirements.Count > 0) commands.Add($"{netrc}{python} -m pip install {options}--requirement {requirements}");
        commands.Add($"{python} -m pip list --format freeze > {ImagePaths.Snapshots}/pip-after.txt");
        if (pip.NetrcSecret)
        {
            dockerfile.Comment($"Private-index credentials come from the BuildKit secret '{PipSources.NetrcSecretId}' (a netrc file), so they are in no layer nor the history.");
            dockerfile.Comment($"Plain docker: DOCKER_BUILDKIT=1 docker build --secret id={PipSources.NetrcSecretId},src=$HOME/.netrc ...");
        }
        dockerfile.Run(pip.NetrcSecret ? [PipCacheMount, $"type=secret,id={PipSources.NetrcSecretId},required=true"] : [PipCacheMount], commands);
    }

    private static void AppendConda(DockerfileBuilder dockerfile, CondaInstall conda)
    {
        var environmentFile = $"{ImagePaths.Dependencies}/{DependencyFolder.CondaEnvironment}";
        var condaCommand = ShellQuoting.Word($"{conda.InstallPath}/bin/conda");
        var mamba = ShellQuoting.Word($"{conda.InstallPath}/bin/mamba");
        var name = ShellQuoting.Word(conda.EnvironmentName);
        dockerfile.Env([new("CONDA_PKGS_DIRS", "/var/cache/conda/pkgs")]);
        dockerfile.Run([CondaCacheMount],
            [.. CondaInstallerScript.Commands(conda.InstallerUrl, conda.InstallerSha256, conda.InstallPath), $"mkdir -p {ImagePaths.Snapshots}"]);
        dockerfile.Line($"COPY {ImagePaths.DependenciesFolder}/{DependencyFolder.CondaEnvironment} {environmentFile}");
        dockerfile.Run([CondaCacheMount, PipCacheMount],
        [
            $"{condaCommand} list --name base --export > {ImagePaths.Snapshots}/conda-before.txt",
            $"{mamba} env create --yes --name {name} --file {environmentFile}",
            $"{condaCommand} env export --name {name} --no-builds > {ImagePaths.Snapshots}/conda-after.yml",
            $"{ShellQuoting.Word($"{conda.BinFolder}/python")} -m pip list --format freeze > {ImagePaths.Snapshots}/pip-after.txt",
        ]);
    }
}
