using ContainerKit.Definitions;
using ContainerKit.Entrypoints;
using ContainerKit.Tests.Core;

namespace ContainerKit.Tests.Properties;

/// <summary>Every string a definition can carry, each in a definition that otherwise renders cleanly.</summary>
internal static class DefinitionFields
{
    private const string Hash = "$6$cksaltvalue$0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUV./0123456789abcdefghijkl";

    /// <summary>Reads every dependency file a field names: a requirements file, or an environment.yml.</summary>
    public static string? ReadFile(string path) => path.EndsWith(".yml", StringComparison.Ordinal)
        ? "name: project\nchannels:\n- conda-forge\ndependencies:\n- python=3.11\n"
        : "requests==2.32.3\n";

    /// <summary>The fields whose value lands in the rendered files as data.</summary>
    public static IReadOnlyList<DefinitionField> All { get; } =
    [
        new("environment name", "ckfieldname", ["research", "my-env.v2"], v => new TestEnvironment { NameValue = v }),
        new("project name", "ckprojectname", ["proj", "a-b"],
            v => new TestEnvironment { ProjectValue = new(v, package: "ck_package", imageName: "ck-image", projectRootAt: "/project/ck") }),
        new("project package", "ckpackagename", ["pkg", "_private", "Pkg2"], v => new TestEnvironment { ProjectValue = new("test-project", package: v) }),
        new("project lab", "cklabname", ["lab", "my-lab"], v => new TestEnvironment { ProjectValue = new("test-project", lab: v, imageName: "test-image") }),
        new("project image name", "ckimagename", ["lab/proj", "registry.example.org:5000/a/b"], v => new TestEnvironment { ProjectValue = new("test-project", imageName: v) }),
        new("PROJECT_ROOT_AT", "/ckroot", ["/project/x", "/a/b.c"], v => new TestEnvironment { ProjectValue = new("test-project", projectRootAt: v) }),
        new("base image", "ckbaseimage:bookworm", ["debian:bookworm-slim", "nvcr.io/nvidia/pytorch:24.07-py3", "localhost:5000/x@sha256:" + new string('a', 64)],
            v => new TestEnvironment { BaseValue = v }),
        new("base entrypoint (exec)", "/ckbase/entrypoint.sh", ["/opt/nvidia/nvidia_entrypoint.sh", "/entry"], v => new TestEnvironment { BaseEntrypointValue = v }),
        new("base entrypoint (source)", "/ckbase/entrypoint.sh", ["/opt/nvidia/nvidia_entrypoint.sh", "/entry"],
            v => new TestEnvironment { BaseEntrypointValue = v, BaseEntrypointModeValue = BaseEntrypointMode.Source }),
        new("BaseApt item", "ckaptpackage", AptValid, v => new TestEnvironment { BaseAptValue = ["python3", "python3-venv", v] }),
        new("BuildApt item", "ckaptpackage", AptValid, v => new TestEnvironment { BuildAptValue = [v] }),
        new("RuntimeApt item", "ckaptpackage", AptValid, v => new TestEnvironment { RuntimeAptValue = ["git", v] }),
        new("DevApt item", "ckaptpackage", AptValid, v => new TestEnvironment { DevAptValue = [v] }),
        new("pip requirement", "ckpipreq==1.0", ["numpy>=1.26", "torch[cuda]==2.3.1; sys_platform == \"linux\"", "pkg @ https://example.org/p.whl"],
            v => new TestEnvironment { PipValue = [v] }) { Intended = v => v.Trim() },
        new("requirements file path", "deps/ckrequirements.txt", ["requirements.txt", "a/b.txt"], v => new TestEnvironment { PipValue = PipRequirements.FromFile(v) }),
        new("Python executable", "ckpython3", ["python3", "python3.11", "/usr/bin/python3"], v => new TestEnvironment { PythonValue = v }),
        new("virtual environment path", "/ckvenv", ["/opt/venv", "/a/b"], v => new TestEnvironment { VenvValue = v }),
        new("environment variable value", "ckenvvalue", ["1", "a b", "x=y", "/path:/other"], v => new TestEnvironment { Variables = new() { ["CK_VAR"] = v } }),
        new("environment variable name", "CK_ENV_NAME", ["HYDRA_FULL_ERROR", "_X"], v => new TestEnvironment { Variables = new() { [v] = "1" } }),
        new("login shell", "/bin/ckshell", ["/bin/bash", "/usr/bin/zsh"], v => new TestEnvironment { UserValue = new() { LoginShell = v } }),
        new("sudo password hash", Hash, [Hash, "$y$j9T$abcdefgh$ijklmnop"], v => new TestEnvironment { UserValue = new() { Sudo = SudoPolicy.WithPasswordHash(v) } }),
        new("label title", "cklabeltitle", ["My Project", "x"], v => new TestEnvironment { LabelsValue = new() { Title = v } }),
        new("label source", "https://example.org/cksource", ["https://github.com/a/b"], v => new TestEnvironment { LabelsValue = new() { Title = "Test", Source = v } }),
        new("label key", "org.example.ckkey", ["com.example.a-b", "x"],
            v => new TestEnvironment { LabelsValue = new() { Title = "Test", Extra = new Dictionary<string, string> { [v] = "x" } } }),
        new("label value", "cklabelvalue", ["1.0", "a b"],
            v => new TestEnvironment { LabelsValue = new() { Title = "Test", Extra = new Dictionary<string, string> { ["org.example.key"] = v } } }),
        new("conda installer URL", "https://example.org/ckinstaller.sh",
            ["https://github.com/conda-forge/miniforge/releases/latest/download/Miniforge3-Linux-x86_64.sh", "https://example.org/a?b=c"],
            v => new TestCondaEnvironment { Installer = v }),
        new("conda installer checksum", new string('c', 64), [new string('0', 64), "1b57f8cb991982063f79b56176881093abb1dc76d73fda32102afde60585b5a1"],
            v => new TestCondaEnvironment { InstallerSha256 = v }),
        new("pip index URL", "https://example.org/ckindex/simple", ["https://download.pytorch.org/whl/cu124", "http://127.0.0.1:8080/simple/"],
            v => new TestEnvironment { SourcesValue = new() { IndexUrl = v } }),
        new("pip extra index URL", "https://example.org/ckextra/simple", ["https://download.pytorch.org/whl/cu124", "https://pypi.example.org:8443/a/b/"],
            v => new TestEnvironment { SourcesValue = new() { ExtraIndexUrls = [v] } }),
        new("pip find-links", "/ckwheels", ["/opt/wheels", "https://example.org/links/"], v => new TestEnvironment { SourcesValue = new() { FindLinks = [v] } }),
        new("pip trusted host", "ckhost.example.org", ["127.0.0.1:8080", "pypi.example.org"], v => new TestEnvironment { SourcesValue = new() { TrustedHosts = [v] } }),
        new("conda install path", "/ckconda", ["/opt/conda", "/opt/x.y"], v => new TestCondaEnvironment { InstallPathValue = v }),
        new("conda environment name", "ckcondaenv", ["project", "env-1"], v => new TestCondaEnvironment { EnvironmentNameValue = v }),
        new("conda channel", "ckchannel", ["conda-forge", "https://conda.anaconda.org/x"],
            v => new TestCondaEnvironment { CondaValue = new() { Channels = [v], Dependencies = ["python=3.11"] } }),
        new("conda spec", "ckspec=1.0", ["numpy>=1.26", "conda-forge::numpy", "pytorch 2.3.* *cuda*"],
            v => new TestCondaEnvironment { CondaValue = new() { Dependencies = ["python=3.11", v] } }) { Intended = v => v.Trim() },
        new("conda pip requirement", "ckcondapip==1.0", ["rich==13.7.1", "a[b]>=1"],
            v => new TestCondaEnvironment { CondaValue = new() { Dependencies = ["python=3.11", "pip"], Pip = [v] } }) { Intended = v => v.Trim() },
        new("environment.yml path", "deps/ckenvironment.yml", ["environment.yml", "a/b.yml"], v => new TestCondaEnvironment { CondaValue = CondaEnvironment.FromFile(v) }),
        new("Instruction.Env value", "ckhatchvalue", ["1", "a b"], v => new TestEnvironment { Runtime = [Instruction.Env("CK_HATCH", v)] }),
        new("Instruction.Env name", "CK_HATCH_NAME", ["X", "_Y1"], v => new TestEnvironment { Runtime = [Instruction.Env(v, "1")] }),
        new("Instruction.Copy source", "/cksource", ["/opt/x", "build/out"], v => new TestEnvironment { Runtime = [Instruction.Copy(v, "/opt/dest", "python-env")] }),
        new("Instruction.Copy destination", "/ckdest", ["/opt/x", "rel/dir/"], v => new TestEnvironment { Runtime = [Instruction.Copy("/opt/venv", v, "python-env")] }),
        new("Instruction.Copy stage", "ckfrom:1.0", ["debian:bookworm-slim", "base", "python-env"], v => new TestEnvironment { Runtime = [Instruction.Copy("/a", "/b", v)] }),
        new("Instruction.Workdir path", "/ckworkdir", ["/opt/x", "/a.b_c"], v => new TestEnvironment { Runtime = [Instruction.Workdir(v)] }),
        new("custom stage name", "ckstage", ["tools", "a.b_c"], v => new TestEnvironment { Stages = [new CustomStage(v, "base", Instruction.Run("true"))] }),
        new("custom stage base", "ckstagefrom:1.0", ["base", "python-env", "debian:bookworm-slim"],
            v => new TestEnvironment { Stages = [new CustomStage("tools", v, Instruction.Run("true"))] }),
        new("RUN instruction (runtime)", "true ckrun", RunValid, v => new TestEnvironment { Runtime = [Instruction.Run(v)] }) { Instruction = Instruction.Run },
        new("RUN instruction (custom stage)", "true ckrun", RunValid,
            v => new TestEnvironment { Stages = [new CustomStage("tools", "base", Instruction.Run(v))] }) { Instruction = Instruction.Run },
        new("raw instruction (development)", "EXPOSE 8888", ["EXPOSE 22", "USER root", "LABEL a=b", "ARG X=1", "VOLUME /data", "WORKDIR /x"],
            v => new TestEnvironment { Development = [Instruction.Raw(v)] }) { Instruction = Instruction.Raw },
    ];

    private static string[] AptValid => ["libfoo1", "python3-dev=3.11.2-1+b1", "g++", "ckpkg=1:2.0~rc1-1"];

    private static string[] RunValid => ["echo hi", "make -C /src && make install", "printf '%s\\n' \"$HOME\""];
}
