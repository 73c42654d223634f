// Benchmark-only environment for benchmarks/template-env.sh, shaped like the research template's defaults:
// a base with Python (the test base with Debian's Python; no Docker Hub, no PyPI), the template's
// runtime apt list, its dev list and its build list. Images are tagged containerkit-bench/template-env.
// The benchmark edits a copy of this file at the markers.

sealed class TemplateEnvironment : FromPythonEnvironment
{
    public override Project Project => new("template-env", lab: "containerkit-bench");

    public override BaseImage Base(MatrixEntry entry) => BaseImage.Parse("containerkit-test/debian:bookworm");

    public override AptPackages BaseApt => ["python3", "python3-venv", "python3-pip"];

    public override AptPackages BuildApt => ["ca-certificates"];

    public override AptPackages RuntimeApt => ["zsh", "openssl", "ca-certificates", "htop", "git", "curl", "wget", "vim", "tmux", "tree" /* extra runtime apt */];

    public override AptPackages DevApt => ["openssh-server", "sudo" /* extra dev apt */];
}
