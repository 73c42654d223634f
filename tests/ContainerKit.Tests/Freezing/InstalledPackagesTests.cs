using ContainerKit.Scripting.Freezing;

namespace ContainerKit.Tests.Freezing;

public sealed class InstalledPackagesTests
{
    [Fact]
    public void Parses_dpkg_pip_and_conda_listings()
    {
        const string export = """
            name: project
            channels:
              - conda-forge
            dependencies:
              - numpy=1.26.4
              - python=3.11.9
              - pip:
                  - rich==13.7.1
            prefix: /opt/conda/envs/project
            """;

        var packages = InstalledPackages.Parse(
            "jq\t1.6-2.1\nlibc6:amd64\t2.36-9+deb12u7\nbroken-line\n",
            "six==1.16.0\n-e /project\nresearch @ file:///project\n",
            "pip==23.0.1\n",
            export);

        Assert.Equal(new Dictionary<string, string> { ["jq"] = "1.6-2.1", ["libc6"] = "2.36-9+deb12u7" }, packages.Apt);
        Assert.Equal(new Dictionary<string, string> { ["six"] = "1.16.0" }, packages.Pip);
        Assert.Equal(new Dictionary<string, string> { ["pip"] = "23.0.1" }, packages.PipBefore);
        Assert.Equal(["conda-forge"], packages.Conda!.Channels);
        Assert.Equal(new Dictionary<string, string> { ["numpy"] = "1.26.4", ["python"] = "3.11.9" }, packages.Conda.Versions);
        Assert.Equal(new Dictionary<string, string> { ["rich"] = "13.7.1" }, packages.Conda.PipVersions);
    }

    [Fact]
    public void Missing_listings_are_empty()
    {
        var packages = InstalledPackages.Parse(null, null, null, null);

        Assert.Empty(packages.Apt);
        Assert.Empty(packages.Pip);
        Assert.Null(packages.Conda);
    }
}
