using ContainerKit.Scripting.Import;

namespace ContainerKit.Tests.Scripting.Import;

/// <summary>
/// The research template's <c>installation/docker-&lt;platform&gt;-&lt;acceleration&gt;</c> folder in its two published
/// layouts (CLAIRE-Labo/python-ml-research-template, from-python variant), written for these tests from the layout's
/// published facts: stage names and FROM chains, the files each stage reads, how it installs them (<c>sed</c> strips
/// comments, <c>xargs</c> feeds <c>apt-get install</c>), the ENV, CMD and ENTRYPOINT of the run image, the compose
/// build args and <c>template.sh</c>'s name defaults. Nothing is copied from the template; the entrypoint scripts,
/// <c>template.sh</c> and <c>Dockerfile-user</c> are small stand-ins of our own. The Dockerfiles deviate from the
/// template's only as <see cref="DockerfileDeviations"/> lists, because these machines are offline.
/// </summary>
internal static class TemplateFixtures
{
    /// <summary>Every way the fixtures' Dockerfiles differ from the published ones (each is checked by the fixture test).</summary>
    public static readonly IReadOnlyList<string> DockerfileDeviations =
    [
        "no '# syntax = docker/dockerfile:1' line: the daemon would pull the frontend image from Docker Hub",
        "COPY without --link: the 20.10 daemon's built-in frontend does not have it",
        "BASE_IMAGE and GIT_IMAGE (compose-base.yaml) name local images: there is no registry to pull from",
        "get-pure writes stand-in zsh plugins locally instead of 'git clone'-ing them from GitHub",
    ];

    /// <summary>
    /// Checks that <paramref name="dockerfile"/> (a fixture's) deviates from the published one only as
    /// <see cref="DockerfileDeviations"/> says, in the order listed there.
    /// </summary>
    public static void AssertDeviations(string dockerfile)
    {
        var parsed = global::ContainerKit.Dockerfiles.DockerfileParser.Parse(dockerfile);
        Assert.Equal(4, DockerfileDeviations.Count);
        Assert.False(parsed.Directives.ContainsKey("syntax"));
        Assert.DoesNotContain(parsed.Instructions, i => i.Flags.Any(f => f.Name == "link"));
        Assert.All(parsed.Stages.Where(s => s.Name is "get-pure" or "runtime-apt-pkgs"), s => Assert.Matches(@"^\$\{(GIT|BASE)_IMAGE\}$", s.BaseImage));
        Assert.DoesNotContain("git clone", dockerfile, StringComparison.Ordinal);
        Assert.DoesNotContain("github.com", dockerfile, StringComparison.Ordinal);
    }

    /// <summary>The project name template.sh writes into .env by default.</summary>
    public const string DefaultProjectName = "template-project-name";

    /// <summary>The package name template.sh writes into .env by default.</summary>
    public const string DefaultPackageName = "template_package_name";

    /// <summary>The base entrypoint the template's compose-base.yaml names for a base image without one.</summary>
    public const string DummyBaseEntrypoint = "/opt/template-entrypoints/dummy.sh";

    /// <summary>apt-build.txt of the 2024-07 fixture: what the preload library's compile needs (a base image without gcc).</summary>
    public static readonly string[] BuildApt = ["ca-certificates", "gcc", "libc6-dev"];

    /// <summary>apt-runtime.txt of the 2024-07 fixture (a subset of the published list).</summary>
    public static readonly string[] RuntimeApt = ["zsh", "git", "tmux", "vim", "sudo"];

    /// <summary>apt-dev.txt of the 2024-07 fixture.</summary>
    public static readonly string[] DevApt = ["htop"];

    /// <summary>apt.txt of the later-layout fixture (a subset of the published list).</summary>
    public static readonly string[] LaterApt = ["ca-certificates", "build-essential", "git", "zsh", "tmux", "vim", "sudo"];

    /// <summary>The published <c>runtime-generic</c> ENV that the definition carries.</summary>
    public const string CarriedEnv = "HYDRA_FULL_ERROR";

    /// <summary>The 2024-07 Dockerfile (from-python): build, runtime and development stages with their own apt lists.</summary>
    public static readonly string Dockerfile202407 = $$"""
        # Fixture: the research template's from-python installation, 2024-07 layout.
        # BASE_IMAGE is an image with a working Python and pip; GIT_IMAGE is an image with git.
        # Both are build args set in compose-base.yaml.

        ARG BASE_IMAGE
        ARG GIT_IMAGE

        ########################################################################
        # Build stages.

        # zsh prompt plugins for interactive shells (the template clones them from GitHub).
        FROM ${GIT_IMAGE} AS get-pure
        {{LocalPlugins}}

        # apt packages needed to build things (never in the final images).
        {{BuildAptStage}}

        # The preload library that lets Intel MKL use its fast paths on AMD CPUs.
        FROM build-apt-packages AS build-fakeintel
        RUN echo 'int mkl_serv_intel_cpu_true() {return 1;}' > /tmp/fakeintel.c && \
            mkdir -p /opt/fakeintel && \
            gcc -shared -fPIC -o /opt/fakeintel/libfakeintel.so /tmp/fakeintel.c

        ########################################################################
        # Runtime stages.

        FROM ${BASE_IMAGE} AS runtime-apt-pkgs
        {{AptCacheSettings}}
        ARG DEBIAN_FRONTEND=noninteractive
        ARG RUNTIME_DEPENDENCIES_FILE=/tmp/dependencies/apt-runtime.txt
        COPY dependencies/apt-runtime.txt ${RUNTIME_DEPENDENCIES_FILE}
        {{AptInstall("${RUNTIME_DEPENDENCIES_FILE}")}}

        FROM runtime-apt-pkgs AS runtime-deps
        # Records of the dependency files and of pip freeze, for later inspection.
        ENV DEPENDENCIES_DIR=/opt/template-dependencies
        RUN mkdir -m 777 ${DEPENDENCIES_DIR}
        COPY dependencies/apt-build.txt ${DEPENDENCIES_DIR}/apt-build.txt
        COPY dependencies/apt-runtime.txt ${DEPENDENCIES_DIR}/apt-runtime.txt
        COPY dependencies/requirements.txt ${DEPENDENCIES_DIR}/requirements.txt
        ARG PIP_REQS_FILE=/tmp/dependencies/requirements.txt
        COPY dependencies/requirements.txt ${PIP_REQS_FILE}
        RUN pip freeze > ${DEPENDENCIES_DIR}/requirements-raw-before-pip-install-r.txt
        RUN pip install -r ${PIP_REQS_FILE}
        RUN pip freeze > ${DEPENDENCIES_DIR}/requirements-raw-after-pip-install-r.txt
        ARG FAKEINTEL_PATH=/opt/fakeintel/libfakeintel.so
        COPY --from=build-fakeintel --chmod=777 ${FAKEINTEL_PATH} ${FAKEINTEL_PATH}
        ENV LD_PRELOAD=${FAKEINTEL_PATH}:${LD_PRELOAD}

        # The generic (user-agnostic) run image.
        {{RuntimeGenericHead}}
        RUN pip freeze > ${DEPENDENCIES_DIR}/requirements-raw-final.txt
        # Login and interactive shells start in the project.
        RUN { echo "if [ -n \"\${PROJECT_ROOT_AT}\" ]; then cd \${PROJECT_ROOT_AT}; fi"; } >> /etc/profile.d/template.sh
        RUN echo "source /etc/profile.d/template.sh" >> /etc/bash.bashrc
        RUN echo "source /etc/profile.d/template.sh" >> /etc/zsh/zprofile
        RUN echo "source /etc/profile.d/template.sh" >> /etc/zsh/zshrc
        # zsh settings.
        ENV ZSH_ENHANCE_DIR=/etc/zsh/enhance
        ARG PURE_PATH=${ZSH_ENHANCE_DIR}/pure
        ARG ZSHA_PATH=${ZSH_ENHANCE_DIR}/zsh-autosuggestions
        ARG ZSHS_PATH=${ZSH_ENHANCE_DIR}/zsh-syntax-highlighting
        COPY --from=get-pure /opt/zsh/pure ${PURE_PATH}
        COPY --from=get-pure /opt/zsh/zsh-autosuggestions ${ZSHA_PATH}
        COPY --from=get-pure /opt/zsh/zsh-syntax-highlighting ${ZSHS_PATH}
        RUN { echo "fpath+=${PURE_PATH}"; \
              echo "autoload -Uz promptinit; promptinit"; \
              echo "prompt pure"; \
              echo "source ${ZSHA_PATH}/zsh-autosuggestions.zsh"; \
              echo "source ${ZSHS_PATH}/zsh-syntax-highlighting.zsh"; \
            } >> /etc/zsh/zshrc
        # Entrypoints: the base image's own, then the template's.
        ARG BASE_ENTRYPOINT
        ENV BASE_ENTRYPOINT=${BASE_ENTRYPOINT}
        ENV ENTRYPOINTS_ROOT=/opt/template-entrypoints
        COPY --chmod=777 entrypoints ${ENTRYPOINTS_ROOT}
        ENTRYPOINT ["/opt/template-entrypoints/pre-entrypoint.sh"]
        CMD ["/bin/zsh"]

        ########################################################################
        # The generic development image (the user layers are in Dockerfile-user).

        FROM runtime-generic AS development-generic
        {{AptCacheSettings}}
        ARG DEBIAN_FRONTEND=noninteractive
        ARG DEV_DEPENDENCIES_FILE=/tmp/dependencies/apt-dev.txt
        COPY dependencies/apt-dev.txt ${DEV_DEPENDENCIES_FILE}
        {{AptInstall("${DEV_DEPENDENCIES_FILE}")}}
        COPY dependencies/apt-dev.txt ${DEPENDENCIES_DIR}/apt-dev.txt

        """;

    /// <summary>The later Dockerfile (from-python): one apt.txt for the run image, the preload library built in place, no dev image.</summary>
    public static readonly string DockerfileLater = $$"""
        # Fixture: the research template's from-python installation, later layout.

        ARG BASE_IMAGE
        ARG GIT_IMAGE

        FROM ${BASE_IMAGE} AS runtime-apt-pkgs
        ENV DEPENDENCIES_DIR=/opt/template-dependencies
        RUN mkdir ${DEPENDENCIES_DIR}
        COPY apt.txt ${DEPENDENCIES_DIR}/apt.txt
        {{AptCacheSettings}}
        ARG DEBIAN_FRONTEND=noninteractive
        {{AptInstall("${DEPENDENCIES_DIR}/apt.txt")}}

        FROM runtime-apt-pkgs AS runtime-deps
        ENV PIP_CACHE_DIR=/root/.cache/pip
        RUN pip freeze > ${DEPENDENCIES_DIR}/requirements-freeze-before-pip-install.txt
        RUN pip list --format freeze > ${DEPENDENCIES_DIR}/requirements-list-before-pip-install.txt
        COPY requirements.txt ${DEPENDENCIES_DIR}/requirements.txt
        RUN --mount=type=cache,target=${PIP_CACHE_DIR},sharing=private \
            pip install -r ${DEPENDENCIES_DIR}/requirements.txt
        RUN pip freeze > ${DEPENDENCIES_DIR}/requirements-freeze-after-pip-install.txt
        RUN pip list --format freeze > ${DEPENDENCIES_DIR}/requirements-list-after-pip-install.txt
        # The MKL-on-AMD preload library, built and enabled in place.
        ARG FAKEINTEL_PATH=/opt/fakeintel/libfakeintel.so
        ENV FAKEINTEL_PATH=${FAKEINTEL_PATH}
        RUN echo 'int mkl_serv_intel_cpu_true() {return 1;}' > /tmp/fakeintel.c && \
            mkdir -p /opt/fakeintel && \
            gcc -shared -fPIC -o ${FAKEINTEL_PATH} /tmp/fakeintel.c
        ENV LD_PRELOAD=${FAKEINTEL_PATH}:${LD_PRELOAD}

        FROM ${GIT_IMAGE} AS get-pure
        {{LocalPlugins}}

        FROM runtime-deps AS runtime-generic
        ENV HYDRA_FULL_ERROR=1
        RUN pip freeze > ${DEPENDENCIES_DIR}/requirements-freeze-final.txt
        RUN pip list --format freeze > ${DEPENDENCIES_DIR}/requirements-list-final.txt
        ENV ZSH_ENHANCE_DIR=/etc/zsh/enhance
        ARG PURE_PATH=${ZSH_ENHANCE_DIR}/pure
        ARG ZSHA_PATH=${ZSH_ENHANCE_DIR}/zsh-autosuggestions
        ARG ZSHS_PATH=${ZSH_ENHANCE_DIR}/zsh-syntax-highlighting
        COPY --from=get-pure /opt/zsh/pure ${PURE_PATH}
        COPY --from=get-pure /opt/zsh/zsh-autosuggestions ${ZSHA_PATH}
        COPY --from=get-pure /opt/zsh/zsh-syntax-highlighting ${ZSHS_PATH}
        RUN { echo "fpath+=${PURE_PATH}"; \
              echo "autoload -Uz promptinit; promptinit"; \
              echo "prompt pure"; \
            } >> /etc/zsh/zshrc
        ARG BASE_ENTRYPOINT
        ARG BASE_ENTRYPOINT_EXECS
        ENV BASE_ENTRYPOINT=${BASE_ENTRYPOINT}
        ENV BASE_ENTRYPOINT_EXECS=${BASE_ENTRYPOINT_EXECS}
        ENV ENTRYPOINTS_ROOT=/opt/template-entrypoints
        COPY entrypoints ${ENTRYPOINTS_ROOT}
        ENTRYPOINT ["/opt/template-entrypoints/pre-entrypoint.sh"]
        CMD ["/bin/zsh"]

        """;

    /// <summary>
    /// The 2024-07 Dockerfile (from-scratch): conda downloaded and installed in stages of its own, the environment built on
    /// the build packages. Abridged for the importer's unit tests (never built): it keeps the stages, their FROM chains, the
    /// installs, the copies between stages and the run image's ENV/CMD/ENTRYPOINT, and drops most shell settings.
    /// </summary>
    public static readonly string DockerfileFromScratch202407 = $$"""
        # Fixture: the research template's from-scratch installation, 2024-07 layout.
        # CURL_IMAGE downloads, GIT_IMAGE clones, BASE_IMAGE is a plain OS image; all set in compose-base.yaml.

        ARG CURL_IMAGE
        ARG GIT_IMAGE
        ARG BASE_IMAGE

        FROM ${GIT_IMAGE} AS get-pure
        {{LocalPlugins}}

        FROM ${CURL_IMAGE} AS get-conda
        ARG CONDA_URL
        RUN mkdir /tmp/conda && \
            curl -fvL -o /tmp/conda/miniconda.sh ${CONDA_URL}

        FROM ${BASE_IMAGE} AS install-conda
        ARG CONDA_INSTALL_PATH
        RUN --mount=type=bind,from=get-conda,source=/tmp/conda,target=/tmp/conda \
            /bin/bash /tmp/conda/miniconda.sh -b -p ${CONDA_INSTALL_PATH}

        {{BuildAptStage}}

        FROM build-apt-packages AS build-conda-env
        ARG PROJECT_NAME
        ENV PROJECT_NAME=${PROJECT_NAME}
        ENV PYTHONDONTWRITEBYTECODE=1
        ARG CONDA_INSTALL_PATH
        ENV CONDA_INSTALL_PATH=${CONDA_INSTALL_PATH}
        ARG CONDA_ENV_FILE=/tmp/dependencies/environment.yml
        ENV PATH=${CONDA_INSTALL_PATH}/condabin:${PATH}
        COPY --from=install-conda ${CONDA_INSTALL_PATH} ${CONDA_INSTALL_PATH}
        COPY dependencies/environment.yml ${CONDA_ENV_FILE}
        RUN mamba env create --file ${CONDA_ENV_FILE}
        RUN mamba env export -n ${PROJECT_NAME} > ${CONDA_INSTALL_PATH}/environment-raw-after-env-create.yml
        RUN echo 'int mkl_serv_intel_cpu_true() {return 1;}' > ${CONDA_INSTALL_PATH}/fakeintel.c && \
            gcc -shared -fPIC -o ${CONDA_INSTALL_PATH}/libfakeintel.so ${CONDA_INSTALL_PATH}/fakeintel.c

        FROM ${BASE_IMAGE} AS runtime-apt-pkgs
        ARG DEBIAN_FRONTEND=noninteractive
        ARG RUNTIME_DEPENDENCIES_FILE=/tmp/dependencies/apt-runtime.txt
        COPY dependencies/apt-runtime.txt ${RUNTIME_DEPENDENCIES_FILE}
        {{AptInstall("${RUNTIME_DEPENDENCIES_FILE}")}}

        FROM runtime-apt-pkgs AS runtime-deps
        ENV DEPENDENCIES_DIR=/opt/template-dependencies
        RUN mkdir ${DEPENDENCIES_DIR}
        COPY dependencies/environment.yml ${DEPENDENCIES_DIR}/environment.yml
        ARG CONDA_INSTALL_PATH
        ENV CONDA_INSTALL_PATH=${CONDA_INSTALL_PATH}
        ENV PATH=${CONDA_INSTALL_PATH}/condabin:${PATH}
        COPY --from=build-conda-env --chmod=777 ${CONDA_INSTALL_PATH} ${CONDA_INSTALL_PATH}
        ENV LD_PRELOAD=${CONDA_INSTALL_PATH}/libfakeintel.so:${LD_PRELOAD}

        {{RuntimeGenericHead}}
        RUN mamba env export -n ${PROJECT_NAME} > ${DEPENDENCIES_DIR}/environment-raw-final.yml
        RUN mamba init --system bash
        ENV PATH=${CONDA_INSTALL_PATH}/envs/${PROJECT_NAME}/bin:${PATH}
        ENV ENTRYPOINTS_ROOT=/opt/template-entrypoints
        COPY entrypoints ${ENTRYPOINTS_ROOT}
        ENTRYPOINT ["/opt/template-entrypoints/entrypoint.sh"]
        CMD ["/bin/zsh"]

        FROM runtime-generic AS development-generic
        ARG DEBIAN_FRONTEND=noninteractive
        ARG DEV_DEPENDENCIES_FILE=/tmp/dependencies/apt-dev.txt
        COPY dependencies/apt-dev.txt ${DEV_DEPENDENCIES_FILE}
        {{AptInstall("${DEV_DEPENDENCIES_FILE}")}}

        """;

    /// <summary>The 2024-07 from-scratch folder, with the installer URL and install path as compose build args.</summary>
    public static Dictionary<string, string> FromScratch202407(string baseImage, string condaUrl, string condaInstallPath) => WithEntrypoints(new()
    {
        ["Dockerfile"] = DockerfileFromScratch202407,
        ["compose-base.yaml"] = $"services:\n  args-run-root:\n    build:\n      args:\n        BASE_IMAGE: {baseImage}\n        CURL_IMAGE: curlimages/curl:8.4.0\n"
                                + $"        GIT_IMAGE: alpine/git:2.40.1\n        CONDA_URL: {condaUrl}\n        CONDA_INSTALL_PATH: {condaInstallPath}\n",
        ["compose.yaml"] = Compose(withDev: true),
        ["template.sh"] = TemplateScript,
        ["dependencies/apt-build.txt"] = AptList("apt build requirements", BuildApt),
        ["dependencies/apt-runtime.txt"] = AptList("apt runtime requirements", RuntimeApt),
        ["dependencies/apt-dev.txt"] = AptList("apt development requirements", DevApt),
        ["dependencies/environment.yml"] = "name: template-project-name\nchannels:\n  - conda-forge\ndependencies:\n  - python=3.11\n  - pip\n  - pip:\n      - rich==13.7.1\n",
    });

    /// <summary>The template's apt cache settings (downloaded packages kept for the cache mounts).</summary>
    private const string AptCacheSettings = "RUN rm -f /etc/apt/apt.conf.d/docker-clean; \\\n"
        + "    echo 'Binary::apt::APT::Keep-Downloaded-Packages \"true\";' > /etc/apt/apt.conf.d/keep-cache";

    /// <summary>Deviation: the zsh plugins get-pure clones, written locally as stand-ins.</summary>
    private const string LocalPlugins = "RUN mkdir -p /opt/zsh/pure && echo 'prompt_pure_setup() { PROMPT=\"%~ %# \"; }' > /opt/zsh/pure/prompt_pure_setup\n"
        + "RUN mkdir -p /opt/zsh/zsh-autosuggestions && echo '# stand-in plugin' > /opt/zsh/zsh-autosuggestions/zsh-autosuggestions.zsh\n"
        + "RUN mkdir -p /opt/zsh/zsh-syntax-highlighting && echo '# stand-in plugin' > /opt/zsh/zsh-syntax-highlighting/zsh-syntax-highlighting.zsh";

    /// <summary>The 2024-07 stage installing apt-build.txt, the base of the build stages.</summary>
    private static string BuildAptStage =>
        "FROM ${BASE_IMAGE} AS build-apt-packages\n" + AptCacheSettings + "\nARG DEBIAN_FRONTEND=noninteractive\n"
        + "ARG BUILD_DEPENDENCIES_FILE=/tmp/dependencies/apt-build.txt\nCOPY dependencies/apt-build.txt ${BUILD_DEPENDENCIES_FILE}\n"
        + AptInstall("${BUILD_DEPENDENCIES_FILE}");

    /// <summary>The 2024-07 run image's first lines: the names from .env and the ENV the definition carries.</summary>
    private const string RuntimeGenericHead = "FROM runtime-deps AS runtime-generic\nARG PROJECT_NAME\nARG PACKAGE_NAME\n"
        + "ENV PROJECT_NAME=${PROJECT_NAME}\nENV PACKAGE_NAME=${PACKAGE_NAME}\nENV " + CarriedEnv + "=1";

    /// <summary>The template's apt install of one list: comments stripped by sed, names fed to apt-get by xargs, apt caches mounted.</summary>
    private static string AptInstall(string list) =>
        "RUN --mount=type=cache,target=/var/cache/apt,sharing=private \\\n    --mount=type=cache,target=/var/lib/apt,sharing=private \\\n"
        + $"    apt update && \\\n    sed -e 's/#.*//g' -e 's/\\r//g' {list} | \\\n    xargs -t apt-get install -y --no-install-recommends && \\\n"
        + "    rm -rf /var/lib/apt/lists/*";

    /// <summary>
    /// The 2024-07 folder (files under <c>dependencies/</c>), with <paramref name="baseImage"/> and <paramref name="gitImage"/>
    /// as the compose build args and <paramref name="requirements"/> as <c>dependencies/requirements.txt</c>. No <c>.env</c>:
    /// <c>./template.sh env</c> writes it and it is never committed.
    /// </summary>
    public static Dictionary<string, string> Layout202407(string baseImage, string gitImage, string requirements, string baseEntrypoint = DummyBaseEntrypoint) => WithEntrypoints(new()
    {
        ["Dockerfile"] = Dockerfile202407,
        ["Dockerfile-user"] = DockerfileUser,
        ["compose-base.yaml"] = ComposeBase(baseImage, gitImage, baseEntrypoint, execs: false),
        ["compose.yaml"] = Compose(withDev: true),
        ["template.sh"] = TemplateScript,
        ["dependencies/apt-build.txt"] = AptList("apt build requirements: only to build the project's dependencies", BuildApt),
        ["dependencies/apt-runtime.txt"] = AptList("apt runtime requirements: what the code needs to run", RuntimeApt),
        ["dependencies/apt-dev.txt"] = "# apt development requirements, added to the runtime list in the dev images.\n# openssh-server  # for IDEs\n"
                                        + AptList(null, DevApt),
        ["dependencies/requirements.txt"] = requirements,
    });

    /// <summary>The later folder (files at its top), as <see cref="Layout202407"/> takes them.</summary>
    public static Dictionary<string, string> LaterLayout(string baseImage, string gitImage, string requirements, string baseEntrypoint = DummyBaseEntrypoint) => WithEntrypoints(new()
    {
        ["Dockerfile"] = DockerfileLater,
        ["Dockerfile-user"] = DockerfileUser,
        ["compose-base.yaml"] = ComposeBase(baseImage, gitImage, baseEntrypoint, execs: true),
        ["compose.yaml"] = Compose(withDev: false),
        ["template.sh"] = TemplateScript,
        ["apt.txt"] = AptList("apt requirements of the run image", LaterApt),
        ["requirements.txt"] = requirements,
    });

    /// <summary>The <c>.env</c> <c>./template.sh env</c> writes, with the names a user chose.</summary>
    public static string EnvFile(string projectName, string packageName) =>
        $"# User-specific settings.\nGRPID=1000\nUSRID=1000\nGRP=lab\nUSR=alice\nLAB_NAME=lab\nPROJECT_ROOT_AT=/home/alice/project\nACCELERATION=cuda\n"
        + $"PROJECT_NAME={projectName}\nPACKAGE_NAME={packageName}\nIMAGE_NAME=${{LAB_NAME}}/${{USR}}/${{PROJECT_NAME}}\nIMAGE_PLATFORM=amd64-cuda\n";

    /// <summary>An in-memory source of <paramref name="files"/> named like a template installation folder.</summary>
    public static TemplateSource Source(IReadOnlyDictionary<string, string> files, string folderName = "docker-amd64-cuda") =>
        new(folderName, "installation/" + folderName, path => files.GetValueOrDefault(path));

    /// <summary><paramref name="files"/> with <paramref name="path"/> replaced.</summary>
    public static Dictionary<string, string> With(this IReadOnlyDictionary<string, string> files, string path, string text) =>
        new(files) { [path] = text };

    /// <summary>Writes <paramref name="files"/> under <paramref name="folder"/>; returns the folder.</summary>
    public static string WriteTo(this IReadOnlyDictionary<string, string> files, string folder)
    {
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text.Replace("\r\n", "\n", StringComparison.Ordinal));
        }

        return folder;
    }

    private static Dictionary<string, string> WithEntrypoints(Dictionary<string, string> files)
    {
        foreach (var (path, text) in Entrypoints) files[path] = text;
        return files;
    }

    private static readonly Dictionary<string, string> Entrypoints = new()
    {
        // Stand-ins with the template's roles: the pre-entrypoint runs the base image's entrypoint on the template's.
        ["entrypoints/pre-entrypoint.sh"] = "#!/bin/bash\nset -e\nexec \"${BASE_ENTRYPOINT}\" \"${ENTRYPOINTS_ROOT}/entrypoint.sh\" \"$@\"\n",
        ["entrypoints/entrypoint.sh"] = "#!/bin/bash\nset -e\nif [ -n \"${PROJECT_ROOT_AT}\" ]; then cd \"${PROJECT_ROOT_AT}\"; fi\nexec \"$@\"\n",
        ["entrypoints/dummy.sh"] = "#!/bin/bash\n# For base images without an entrypoint of their own.\nexec \"$@\"\n",
    };

    private const string DockerfileUser = """
        # Fixture stand-in: the user layers on the generic images.
        ARG GENERIC_IMAGE
        ARG IMAGE_PLATFORM
        FROM ${GENERIC_IMAGE}:${IMAGE_PLATFORM}-run-latest-root AS runtime-user
        ARG GRPID
        ARG USRID
        ARG GRP
        ARG USR
        RUN groupadd -g ${GRPID} ${GRP} && useradd -m -s /bin/zsh -u ${USRID} -g ${GRPID} ${USR}
        USER ${USR}

        FROM ${GENERIC_IMAGE}:${IMAGE_PLATFORM}-dev-latest-root AS development-user
        ARG GRPID
        ARG USRID
        ARG GRP
        ARG USR
        RUN groupadd -g ${GRPID} ${GRP} && useradd -m -s /bin/zsh -u ${USRID} -g ${GRPID} ${USR}
        USER ${USR}

        """;

    private const string TemplateScript = """
        #!/bin/bash
        # Fixture stand-in for template.sh: writes .env, then builds with docker compose.
        set -e

        ENV_TEXT=$(
          cat <<-EOF
        GRPID=$(id -g)
        USRID=$(id -u)
        GRP=$(id -gn)
        USR=$(id -un | tr "[:upper:]" "[:lower:]")
        LAB_NAME=$(id -un | tr "[:upper:]" "[:lower:]")
        PROJECT_ROOT_AT=$(realpath "$(pwd)"/../..)
        ACCELERATION=cuda
        WANDB_API_KEY=
        PROJECT_NAME=template-project-name
        PACKAGE_NAME=template_package_name
        IMAGE_NAME=\${LAB_NAME}/\${USR}/\${PROJECT_NAME}
        IMAGE_PLATFORM=amd64-cuda
        EOF
        )

        env() {
          if [[ -f .env ]]; then echo "[TEMPLATE ERROR] .env exists."; exit 1; fi
          echo "${ENV_TEXT}" > .env
        }

        build_generic() {
          source .env
          docker compose -p "${PROJECT_NAME}-${IMAGE_PLATFORM}-${USR}" build image-run-root
        }

        "$@"

        """;

    private static string ComposeBase(string baseImage, string gitImage, string baseEntrypoint, bool execs) =>
        $"services:\n  args-run-root:\n    build:\n      args:\n        BASE_IMAGE: {baseImage}\n        GIT_IMAGE: {gitImage}\n"
        + $"        # The base image's own entrypoint; {DummyBaseEntrypoint} when it has none.\n        BASE_ENTRYPOINT: {baseEntrypoint}\n"
        + (execs ? "        BASE_ENTRYPOINT_EXECS: 1\n" : "");

    private static string Compose(bool withDev) =>
        "services:\n  image-run-root:\n    extends:\n      file: compose-base.yaml\n      service: args-run-root\n"
        + "    image: ${IMAGE_NAME}:${IMAGE_PLATFORM}-run-latest-root\n    build:\n      context: .\n      dockerfile: Dockerfile\n      target: runtime-generic\n"
        + "      args:\n        PROJECT_NAME: ${PROJECT_NAME}\n        PACKAGE_NAME: ${PACKAGE_NAME}\n"
        + (withDev ? "\n  image-dev-root:\n    extends:\n      service: image-run-root\n    image: ${IMAGE_NAME}:${IMAGE_PLATFORM}-dev-latest-root\n"
                     + "    build:\n      target: development-generic\n" : "");

    private static string AptList(string? title, IEnumerable<string> packages) =>
        (title is null ? "" : $"# {title}.\n") + string.Concat(packages.Select(p => $"{p,-16}# fixture entry\n"));
}
