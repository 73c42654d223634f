// Benchmark-only environments for benchmarks/build.sh: two small from-python environments on
// debian:bookworm-slim with Debian's Python (no Docker Hub, no PyPI), differing in one runtime
// package, so that selecting both gives two matrix entries that really differ. Images are tagged
// containerkit-bench/<name>. benchmarks/build.sh builds a copy of this file and adds one runtime
// apt package to that copy at the marker below.

abstract class BenchEnvironment : FromPythonEnvironment
{
    public override Project Project => new(Name, lab: "containerkit-bench");

    public override BaseImage Base(MatrixEntry entry) => BaseImage.Parse("debian:bookworm-slim");

    public override AptPackages BaseApt => ["python3", "python3-venv", "python3-pip"];

    public override AptPackages DevApt => ["htop", "less", "vim-tiny"];
}

sealed class BenchOneEnvironment : BenchEnvironment
{
    public override AptPackages RuntimeApt => ["ca-certificates", "bzip2" /* extra runtime apt */];
}

sealed class BenchTwoEnvironment : BenchEnvironment
{
    public override AptPackages RuntimeApt => ["ca-certificates", "xz-utils"];
}
