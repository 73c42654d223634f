using ContainerKit.Scripting.Import;

namespace ContainerKit.Tests.Scripting.Import;

/// <summary>Template-style installation folders written for these tests, held in memory.</summary>
internal static class TemplateFixtures
{
    /// <summary>A from-python folder in the chained layout: build apt -> pip -> runtime -> dev, plus a docs stage.</summary>
    public static readonly IReadOnlyDictionary<string, string> FromPython = new Dictionary<string, string>
    {
        ["Dockerfile"] = """
            # Installation for the amd64 x cuda entry; BASE_IMAGE comes from compose-base.yaml.
            ARG BASE_IMAGE
            ARG BASE_ENTRYPOINT

            FROM ${BASE_IMAGE} AS build-apt
            RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \
                --mount=type=cache,target=/var/lib/apt,sharing=locked \
                --mount=type=bind,source=apt-build.txt,target=/tmp/apt-build.txt \
                apt-get update && \
                xargs apt-get install -y --no-install-recommends < /tmp/apt-build.txt && \
                rm -rf /var/lib/apt/lists/*

            FROM build-apt AS python-deps
            COPY requirements.txt /tmp/deps/requirements.txt
            RUN --mount=type=cache,target=/root/.cache/pip pip install -r /tmp/deps/requirements.txt

            FROM python-deps AS runtime-generic
            ARG BASE_ENTRYPOINT
            ENV BASE_ENTRYPOINT=${BASE_ENTRYPOINT}
            COPY apt-runtime.txt /tmp/lists/
            RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \
                apt-get update && apt-get install -y --no-install-recommends $(cat /tmp/lists/apt-runtime.txt) \
                && rm -rf /var/lib/apt/lists/*

            FROM runtime-generic AS development-generic
            RUN --mount=type=bind,source=apt-dev.txt,target=/tmp/apt-dev.txt \
                apt-get update && cat /tmp/apt-dev.txt | xargs apt-get install -y --no-install-recommends
            RUN echo "development image" > /etc/motd

            FROM runtime-generic AS docs
            RUN echo docs
            """,
        ["compose-base.yaml"] = """
            services:
              build-args:
                build:
                  args:
                    BASE_IMAGE: nvcr.io/nvidia/pytorch:24.07-py3
                    BASE_ENTRYPOINT: /opt/nvidia/nvidia_entrypoint.sh
                    PROJECT_NAME: ${PROJECT_NAME}
            """,
        ["apt-build.txt"] = "# compilers\nbuild-essential\ngit\n",
        ["apt-runtime.txt"] = "ffmpeg  # video\nlibsndfile1\n",
        ["apt-dev.txt"] = "htop vim\nopenssh-server\n\nsudo\n",
        ["requirements.txt"] = "numpy==1.26.4\nrich>=13\n",
    };

    /// <summary>A from-scratch folder in the split layout: a shared base stage, conda from an installer ARG, runtime copying /opt/miniforge.</summary>
    public static readonly IReadOnlyDictionary<string, string> FromScratch = new Dictionary<string, string>
    {
        ["Dockerfile"] = """
            ARG BASE_IMAGE=ubuntu:22.04
            ARG CONDA_URL=https://example.org/miniforge/Miniforge3-Linux-aarch64.sh

            FROM ${BASE_IMAGE} AS apt-base
            RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl

            FROM apt-base AS build-apt
            COPY apt-build.txt /tmp/apt-build.txt
            RUN apt-get update && xargs -a /tmp/apt-build.txt apt-get install -y

            FROM build-apt AS conda-deps
            ARG CONDA_URL
            RUN curl -fsSL -o /tmp/miniforge.sh "${CONDA_URL}" && bash /tmp/miniforge.sh -b -p /opt/miniforge && rm /tmp/miniforge.sh
            COPY environment.yml /tmp/environment.yml
            RUN /opt/miniforge/bin/mamba env create --file /tmp/environment.yml

            FROM apt-base AS runtime-apt
            RUN --mount=type=bind,source=apt-runtime.txt,target=/tmp/apt-runtime.txt \
                apt-get update && apt-get install -y $(cat /tmp/apt-runtime.txt)

            FROM runtime-apt AS runtime-generic
            COPY --from=conda-deps /opt/miniforge /opt/miniforge

            FROM runtime-generic AS development-generic
            RUN --mount=type=bind,source=apt-dev.txt,target=/tmp/apt-dev.txt \
                apt-get update && apt-get install -y $(cat /tmp/apt-dev.txt)
            """,
        ["compose.yaml"] = """
            services:
              image-root:
                build:
                  context: .
                  args:
                    - BASE_IMAGE=debian:bookworm-slim
                    - PROJECT_NAME=conda-project
            """,
        ["apt-build.txt"] = "build-essential\n",
        ["apt-runtime.txt"] = "tini\n",
        ["apt-dev.txt"] = "htop\n",
        ["environment.yml"] = "name: project\nchannels:\n  - conda-forge\ndependencies:\n  - python=3.11\n  - pip\n  - pip:\n      - rich==13.7.1\n",
    };

    /// <summary>An in-memory source of <paramref name="files"/> named like a template installation folder.</summary>
    public static TemplateSource Source(IReadOnlyDictionary<string, string> files, string folderName = "docker-amd64-cuda") =>
        new(folderName, "installation/" + folderName, path => files.GetValueOrDefault(path));

    /// <summary><paramref name="files"/> with <paramref name="path"/> replaced.</summary>
    public static IReadOnlyDictionary<string, string> With(this IReadOnlyDictionary<string, string> files, string path, string text) =>
        new Dictionary<string, string>(files) { [path] = text };
}
