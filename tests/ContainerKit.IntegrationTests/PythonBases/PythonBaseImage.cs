using ContainerKit.Docker.Building;
using ContainerKit.Docker.Progress;
using ContainerKit.Docker.Provisioning;
using ContainerKit.IntegrationTests.Import;

namespace ContainerKit.IntegrationTests.PythonBases;

/// <summary>
/// Builds a local base image of one <see cref="PythonBaseKind"/> FROM the test base, with Debian's python3 (apt over
/// host networking) and <see cref="BaseWheel"/> installed into the base's own Python by its own pip.
/// </summary>
public static class PythonBaseImage
{
    /// <summary>The package every base image has installed; it must stay importable in the environments.</summary>
    public static TinyWheel BaseWheel { get; } = new("ck-base-wheel", "0.1");

    /// <summary>Where each kind's interpreter installs <see cref="BaseWheel"/>.</summary>
    public static string SitePackages(PythonBaseKind kind) => kind switch
    {
        PythonBaseKind.System => "/usr/local/lib/python3.11/dist-packages",
        PythonBaseKind.VirtualEnv => "/opt/torch/.venv/lib/python3.11/site-packages",
        // Debian's site.py and sysconfig, copied with the interpreter, use <prefix>/local/lib/pythonX.Y/dist-packages.
        _ => "/opt/conda/local/lib/python3.11/dist-packages",
    };

    /// <summary>Builds the base image as <paramref name="tag"/>; <paramref name="wheel"/> holds the bytes of <see cref="BaseWheel"/>.</summary>
    public static async Task BuildAsync(EngineFixture engine, PythonBaseKind kind, string tag, byte[] wheel)
    {
        var folder = Directory.CreateTempSubdirectory("ck-it-pybase-").FullName;
        try
        {
            await File.WriteAllBytesAsync(Path.Combine(folder, BaseWheel.FileName), wheel);
            await File.WriteAllTextAsync(Path.Combine(folder, "Dockerfile"), Dockerfile(kind));
            var builder = new ImageBuilder(engine.Connection, new PlainProgressReporter(TextWriter.Synchronized(engine.Progress)));
            await builder.BuildAsync(new BuildRequest(folder, "pybase/" + kind) { Tags = [tag], Platform = "linux/amd64" }, CancellationToken.None);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The base's Dockerfile: the same apt and wheel layers for every kind (shared by the cache), then the kind's Python.</summary>
    public static string Dockerfile(PythonBaseKind kind)
    {
        var install = $"--no-index --find-links /wheels {BaseWheel.Name}=={BaseWheel.Version}";
        var python = kind switch
        {
            PythonBaseKind.System => $"RUN python3 -m pip install --break-system-packages {install}\n",
            PythonBaseKind.VirtualEnv => $$"""
                RUN python3 -m venv /opt/torch/.venv && /opt/torch/.venv/bin/python -m pip install {{install}}
                ENV PATH="/opt/torch/.venv/bin:${PATH}"

                """,
            _ => $$"""
                # A Python in its own prefix, not a venv: Debian's interpreter and standard library copied to /opt/conda,
                # pip from Debian's wheel, setuptools and wheel copied next to it (a conda base has all three).
                RUN mkdir -p /opt/conda/bin /opt/conda/lib \
                    && cp -a /usr/bin/python3.11 /opt/conda/bin/ && ln -s python3.11 /opt/conda/bin/python3 && ln -s python3 /opt/conda/bin/python \
                    && cp -a /usr/lib/python3.11 /opt/conda/lib/ && rm -f /opt/conda/lib/python3.11/EXTERNALLY-MANAGED \
                    && pip_wheel="$(ls /usr/share/python-wheels/pip-*.whl)" && /opt/conda/bin/python3 "$pip_wheel/pip" install --no-index "$pip_wheel" \
                    && cd /usr/lib/python3/dist-packages && cp -a setuptools* pkg_resources _distutils_hack wheel* /opt/conda/local/lib/python3.11/dist-packages/ \
                    && /opt/conda/bin/python3 -m pip install {{install}}
                ENV PATH="/opt/conda/bin:${PATH}"

                """,
        };
        return $"""
            FROM {TestEngineProvisioner.BaseImage}
            RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends python3 python3-venv python3-pip \
                && rm -rf /var/lib/apt/lists/*
            COPY {BaseWheel.FileName} /wheels/

            """ + python;
    }
}
