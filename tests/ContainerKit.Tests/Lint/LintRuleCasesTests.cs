using ContainerKit.Diagnostics;
using ContainerKit.Lint;

namespace ContainerKit.Tests.Lint;

public sealed class LintRuleCasesTests
{
    private const string Pinned = "FROM debian:bookworm-slim\n";

    // rule id, kind, Dockerfile that triggers it, expected line, expected message
    public static TheoryData<string, DockerfileKind, string, int, string> Triggering => new()
    {
        { "CK2001", DockerfileKind.Generic, "FROM ubuntu\n", 1, "base image has no tag or digest" },
        { "CK2002", DockerfileKind.Generic, "# c\nFROM registry.example:5000/team/python:latest AS base\n", 2, "base image uses the ':latest' tag" },
        { "CK2003", DockerfileKind.Generic, Pinned + "RUN apt-get update\nRUN apt-get install -y --no-install-recommends git\n", 2, "'apt-get update' without 'apt-get install' in the same RUN" },
        { "CK2004", DockerfileKind.Generic, Pinned + "RUN apt-get update && apt-get install -y git && rm -rf /var/lib/apt/lists/*\n", 2, "'apt-get install' without '--no-install-recommends'" },
        { "CK2005", DockerfileKind.Generic, Pinned + "RUN --mount=type=cache,target=/var/cache/apt apt-get update && \\\n    apt-get install -y --no-install-recommends git\n", 2, "apt lists are not removed ('rm -rf /var/lib/apt/lists/*') and /var/lib/apt is not a cache mount" },
        { "CK2006", DockerfileKind.Generic, Pinned + "RUN curl -fsSL https://example.invalid/x | sh\n", 2, "RUN pipes into another command without 'pipefail'" },
        { "CK2007", DockerfileKind.Generic, Pinned + "USER alice\nRUN sudo make install\n", 3, "RUN uses 'sudo'" },
        { "CK2008", DockerfileKind.Generic, Pinned + "WORKDIR project\n", 2, "WORKDIR is a relative path" },
        { "CK2009", DockerfileKind.Generic, Pinned + "ADD requirements.txt /tmp/\n", 2, "ADD copies a local file" },
        { "CK2010", DockerfileKind.Generic, Pinned + "ENTRYPOINT /opt/entry.sh\n", 2, "ENTRYPOINT uses the shell form" },
        { "CK2011", DockerfileKind.Generic, Pinned + "ENV PATH=/x WANDB_API_KEY=abc\n", 2, "ENV 'WANDB_API_KEY' looks like a secret" },
        { "CK2012", DockerfileKind.User, "FROM lab/me/proj:amd64-cpu-run-latest-root\nUSER alice\nRUN echo hi\nUSER root\n", 4, "the user layer ends as root" },
        { "CK2013", DockerfileKind.Generic, Pinned + "RUN apt-get update && apt-get -y upgrade && rm -rf /var/lib/apt/lists/*\n", 2, "'apt-get upgrade' in a RUN" },
        { "CK2014", DockerfileKind.Generic, Pinned + "RUN cd /src && make\n", 2, "RUN changes directory with 'cd'" },
        { "CK2015", DockerfileKind.Generic, Pinned + "RUN python3 -m pip install -r requirements.txt\n", 2, "'pip install' without '--no-cache-dir' or a pip cache mount" },
        { "CK2016", DockerfileKind.Generic, Pinned + "RUN apt-get update && apt-get install --no-install-recommends git && rm -rf /var/lib/apt/lists/*\n", 2, "'apt-get install' without '-y'" },
        { "CK2017", DockerfileKind.Generic, Pinned + "CMD [\"a\"]\nCMD [\"b\"]\n", 2, "CMD is overridden later in the same stage" },
        { "CK2018", DockerfileKind.Generic, "FROM debian:bookworm-slim AS build\nFROM debian:bookworm-slim AS Build\n", 2, "a stage with this name already exists" },
        { "CK2019", DockerfileKind.Generic, Pinned + "RUN echo a\n    echo b\n", 3, "unknown instruction" },
        { "CK2020", DockerfileKind.Generic, Pinned + "RUN apt update && apt install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*\n", 2, "'apt' used in a RUN script" },
        { "CK2050", DockerfileKind.Generic, Pinned + "RUN curl -fsSL -o /tmp/i.sh 'https://example.org/releases/download/1.0/Miniforge3-1.0-Linux-x86_64.sh' && bash /tmp/i.sh -b -p /opt/conda\n", 2, "the downloaded installer runs without a checksum check" },
        { "CK2051", DockerfileKind.Generic, Pinned + "RUN curl -fsSL -o /tmp/i.sh https://github.com/conda-forge/miniforge/releases/latest/download/Miniforge3-Linux-x86_64.sh && printf '%s  %s\\n' abc /tmp/i.sh > /tmp/i.sha256 && sha256sum --check /tmp/i.sha256 && bash /tmp/i.sh -b\n", 2, "the installer is downloaded from a moving 'latest' URL" },
    };

    // rule id, kind, a similar Dockerfile that satisfies it
    public static TheoryData<string, DockerfileKind, string> Clean => new()
    {
        { "CK2001", DockerfileKind.Generic, "ARG BASE=debian:bookworm\nFROM ubuntu@sha256:0123 AS a\nFROM a AS b\nFROM ${BASE}\nFROM scratch\n" },
        { "CK2002", DockerfileKind.Generic, "FROM lab/me/proj:amd64-cpu-run-latest-root\n" },
        { "CK2003", DockerfileKind.Generic, Pinned + "RUN apt-get update && apt-get install -y --no-install-recommends git\n" },
        { "CK2004", DockerfileKind.Generic, Pinned + "RUN apt-get install -y -o APT::Install-Recommends=false git\n" },
        { "CK2005", DockerfileKind.Generic, Pinned + "RUN --mount=type=cache,target=/var/lib/apt,sharing=locked apt-get update && apt-get install -y --no-install-recommends git\nRUN apt-get update && apt-get install -y --no-install-recommends vim && rm -rf /var/lib/apt/lists/*\n" },
        { "CK2006", DockerfileKind.Generic, Pinned + "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN curl x | sh\nFROM debian:bookworm-slim\nRUN set -euo pipefail; curl x | sh\nRUN echo 'a|b' && true || false\n" },
        { "CK2007", DockerfileKind.Generic, Pinned + "RUN apt-get install -y --no-install-recommends sudo && echo 'alice ALL=(ALL) NOPASSWD:ALL' > /etc/sudoers.d/alice\n" },
        { "CK2008", DockerfileKind.Generic, Pinned + "WORKDIR /opt/project\nWORKDIR $HOME\n" },
        { "CK2009", DockerfileKind.Generic, Pinned + "ADD https://example.invalid/x.bin /opt/\nADD rootfs.tar.gz /\nCOPY requirements.txt /tmp/\n" },
        { "CK2010", DockerfileKind.Generic, Pinned + "ENTRYPOINT [\"/opt/entry.sh\"]\nCMD [\"/bin/bash\"]\n" },
        { "CK2011", DockerfileKind.Generic, Pinned + "ENV WANDB_API_KEY_FILE_AT=/run/secrets/wandb HF_TOKEN_AT=/x MAX_NEW_TOKENS=64 TOKENIZERS_PARALLELISM=false\nARG PASSWORD_HASH\nENV HF_HUB_DISABLE_IMPLICIT_TOKEN=1\n" },
        { "CK2012", DockerfileKind.User, "FROM lab/me/proj:amd64-cpu-run-latest-root\nUSER root\nRUN echo hi\nUSER ${USR}\n" },
        { "CK2013", DockerfileKind.Generic, Pinned + "RUN apt-get update && apt-get install -y --no-install-recommends --only-upgrade git && rm -rf /var/lib/apt/lists/*\n" },
        { "CK2014", DockerfileKind.Generic, Pinned + "WORKDIR /src\nRUN make -C /src && echo cd\n" },
        { "CK2015", DockerfileKind.Generic, Pinned + "RUN pip install --no-cache-dir torch\nRUN --mount=type=cache,target=/root/.cache/pip pip install torch\n" },
        { "CK2016", DockerfileKind.Generic, Pinned + "RUN apt-get update && apt-get install -qy --no-install-recommends git && rm -rf /var/lib/apt/lists/*\n" },
        { "CK2017", DockerfileKind.Generic, Pinned + "CMD [\"a\"]\nFROM debian:bookworm-slim\nCMD [\"b\"]\n" },
        { "CK2018", DockerfileKind.Generic, "FROM debian:bookworm-slim AS build\nFROM debian:bookworm-slim AS runtime\n" },
        { "CK2019", DockerfileKind.Generic, Pinned + "RUN echo a \\\n    echo b\nHEALTHCHECK CMD [\"true\"]\n" },
        { "CK2020", DockerfileKind.Generic, Pinned + "RUN apt-cache policy git\n" },
        { "CK2050", DockerfileKind.Generic, Pinned + "RUN curl -fsSL -o /tmp/i.sh https://example.org/download/1.0/i.sh && printf '%s  %s\\n' abc /tmp/i.sh > /tmp/i.sha256 && sha256sum --check --strict /tmp/i.sha256 && bash /tmp/i.sh -b\nRUN curl -fsSL -o /tmp/x.tar.gz https://example.org/x.tar.gz && tar xzf /tmp/x.tar.gz\n" },
        { "CK2051", DockerfileKind.Generic, Pinned + "RUN curl -fsSL -o /tmp/i.sh https://example.org/releases/download/25.3.0-3/i.sh && printf '%s  %s\\n' abc /tmp/i.sh > /tmp/i.sha256 && sha256sum -c /tmp/i.sha256 && bash /tmp/i.sh -b\n" },
    };

    [Theory]
    [MemberData(nameof(Triggering))]
    public void Rule_fires_with_id_line_and_message(string id, DockerfileKind kind, string dockerfile, int line, string message)
    {
        var found = DockerfileLinter.Lint("env/Dockerfile", dockerfile, kind).Where(d => d.Id == id).ToList();

        var diagnostic = Assert.Single(found);
        Assert.Equal($"env/Dockerfile:{line}", diagnostic.Location);
        Assert.Equal(message, diagnostic.Message);
        Assert.Equal(LintRules.All.Single(r => r.Id == id).Severity, diagnostic.Severity);
        Assert.False(string.IsNullOrEmpty(diagnostic.Hint));
    }

    [Theory]
    [MemberData(nameof(Clean))]
    public void Rule_stays_quiet_on_a_compliant_dockerfile(string id, DockerfileKind kind, string dockerfile)
    {
        Assert.DoesNotContain(DockerfileLinter.Lint("Dockerfile", dockerfile, kind), d => d.Id == id);
    }

    [Fact]
    public void Every_catalog_rule_has_a_triggering_and_a_clean_case()
    {
        var ids = LintRules.All.Select(r => r.Id).ToList();
        Assert.Equal(ids, Triggering.Select(row => (string)row[0]).ToList());
        Assert.Equal(ids, Clean.Select(row => (string)row[0]).ToList());
    }

    [Fact]
    public void Catalog_ids_are_unique_ck2xxx_with_rationale()
    {
        Assert.True(LintRules.All.Count >= 12);
        Assert.Equal(LintRules.All.Count, LintRules.All.Select(r => r.Id).Distinct().Count());
        Assert.All(LintRules.All, r =>
        {
            Assert.Matches("^CK2[0-9]{3}$", r.Id);
            Assert.False(string.IsNullOrWhiteSpace(r.Rationale));
            Assert.DoesNotContain('\n', r.Rationale);
        });
    }

    [Fact]
    public void Secret_finding_reports_the_name_never_the_value()
    {
        var diagnostic = Assert.Single(DockerfileLinter.Lint("D", Pinned + "ARG GITHUB_TOKEN=ghp_supersecret\n", DockerfileKind.Generic));

        Assert.Equal("GITHUB_TOKEN", diagnostic.Value);
        Assert.DoesNotContain("supersecret", diagnostic.ToString());
    }

    [Fact]
    public void User_layer_without_user_instruction_is_reported_at_its_last_line()
    {
        var diagnostic = Assert.Single(DockerfileLinter.Lint("Dockerfile.user", "FROM img:tag\nRUN useradd alice\n", DockerfileKind.User));

        Assert.Equal(("CK2012", "Dockerfile.user:2"), (diagnostic.Id, diagnostic.Location));
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    [Fact]
    public void Generic_dockerfile_may_end_as_root()
    {
        Assert.Empty(DockerfileLinter.Lint("Dockerfile", Pinned + "USER root\n", DockerfileKind.Generic));
    }

    [Fact]
    public void Pipefail_shell_is_inherited_by_a_stage_built_from_an_earlier_stage()
    {
        const string text = "FROM debian:bookworm-slim AS base\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n" +
                            "FROM base AS next\nRUN a | b\nFROM debian:bookworm-slim\nRUN a | b\n";

        var diagnostic = Assert.Single(DockerfileLinter.Lint("D", text, DockerfileKind.Generic));

        Assert.Equal(("CK2006", "D:6"), (diagnostic.Id, diagnostic.Location));
    }
}
