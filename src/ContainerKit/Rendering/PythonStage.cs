using ContainerKit.Model;

namespace ContainerKit.Rendering;

/// <summary>
/// Renders the <see cref="StageNames.PythonEnvironment"/> stage and what the runtime copies out of it.
/// Requirements are copied in by themselves so editing an apt list never re-runs the install.
/// </summary>
internal static class PythonStage
{
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
        var python = $"{pip.BinFolder}/python";
        // System site packages keep what a from-python base image already installed visible.
        dockerfile.Line($"RUN {pip.PythonExecutable} -m venv --system-site-packages {pip.VirtualEnvPath} && mkdir -p {ImagePaths.Snapshots}");
        var requirements = $"{ImagePaths.Dependencies}/{DependencyFolder.Requirements}";
        dockerfile.Line($"COPY {ImagePaths.DependenciesFolder}/{DependencyFolder.Requirements} {requirements}");
        var commands = new List<string> { $"{python} -m pip list --format freeze > {ImagePaths.Snapshots}/pip-before.txt" };
        if (pip.Requirements.Count > 0) commands.Add($"{python} -m pip install --requirement {requirements}");
        commands.Add($"{python} -m pip list --format freeze > {ImagePaths.Snapshots}/pip-after.txt");
        dockerfile.Run([PipCacheMount], commands);
    }

    private static void AppendConda(DockerfileBuilder dockerfile, CondaInstall conda)
    {
        var environmentFile = $"{ImagePaths.Dependencies}/{DependencyFolder.CondaEnvironment}";
        var condaCommand = $"{conda.InstallPath}/bin/conda";
        var mamba = $"{conda.InstallPath}/bin/mamba";
        dockerfile.Env([new("CONDA_PKGS_DIRS", "/var/cache/conda/pkgs")]);
        dockerfile.Run([CondaCacheMount],
        [
            $"curl --fail --silent --show-error --location --output /tmp/conda-installer.sh {conda.InstallerUrl}",
            $"bash /tmp/conda-installer.sh -b -p {conda.InstallPath}",
            "rm /tmp/conda-installer.sh",
            $"mkdir -p {ImagePaths.Snapshots}",
        ]);
        dockerfile.Line($"COPY {ImagePaths.DependenciesFolder}/{DependencyFolder.CondaEnvironment} {environmentFile}");
        dockerfile.Run([CondaCacheMount, PipCacheMount],
        [
            $"{condaCommand} list --name base --export > {ImagePaths.Snapshots}/conda-before.txt",
            $"{mamba} env create --yes --name {conda.EnvironmentName} --file {environmentFile}",
            $"{condaCommand} env export --name {conda.EnvironmentName} --no-builds > {ImagePaths.Snapshots}/conda-after.yml",
            $"{conda.BinFolder}/python -m pip list --format freeze > {ImagePaths.Snapshots}/pip-after.txt",
        ]);
    }
}
