using ContainerKit.Sbom;

namespace ContainerKit.Tests.Sbom;

/// <summary>The package records an SBOM is read from: dpkg's status, Python core metadata, conda-meta, os-release; and their purls.</summary>
public sealed class PackageRecordTests
{
    private const string Status = """
        Package: login
        Essential: yes
        Status: install ok installed
        Priority: required
        Architecture: amd64
        Version: 1:4.13+dfsg1-1+b1
        Description: system login tools
         The continuation line Package: fake must not count.

        Package: jq
        Status: install ok installed
        Architecture: amd64
        Version: 1.6-2.1

        Package: nano
        Status: deinstall ok config-files
        Architecture: amd64
        Version: 7.2-1

        Package: tzdata
        Status: hold ok installed
        Architecture: all
        Version: 2024a-0+deb12u1
        """;

    [Fact]
    public void Dpkg_status_lists_installed_packages_with_epoch_kept_and_plus_encoded()
    {
        var packages = DpkgStatus.Parse(Status, new OsRelease("debian", "debian-12"));

        Assert.Equal(
            [
                "pkg:deb/debian/login@1:4.13%2Bdfsg1-1%2Bb1?arch=amd64&distro=debian-12",
                "pkg:deb/debian/jq@1.6-2.1?arch=amd64&distro=debian-12",
                "pkg:deb/debian/tzdata@2024a-0%2Bdeb12u1?arch=all&distro=debian-12",
            ],
            packages.Select(p => p.Purl));
        Assert.Equal(["login", "jq", "tzdata"], packages.Select(p => p.Name));
        Assert.Equal("1:4.13+dfsg1-1+b1", packages[0].Version);
        Assert.All(packages, p => Assert.Equal(DpkgStatus.Path, p.Location));
    }

    [Theory]
    [InlineData("PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nNAME=\"Debian GNU/Linux\"\nVERSION_ID=\"12\"\nVERSION_CODENAME=bookworm\nID=debian\n", "debian", "debian-12")]
    [InlineData("ID=ubuntu\nVERSION_ID='22.04'\n", "ubuntu", "ubuntu-22.04")]
    [InlineData("ID=debian\nVERSION_CODENAME=trixie\n", "debian", "debian-trixie")]
    [InlineData("", "debian", null)]
    public void Os_release_gives_the_purl_namespace_and_distro(string text, string id, string? distro)
    {
        Assert.Equal(new OsRelease(id, distro), OsRelease.Parse(text));
    }

    [Fact]
    public void Python_metadata_reads_the_header_block_only_and_normalises_the_purl_name()
    {
        var file = new InventoryFile("/opt/venv/lib/python3.11/site-packages/Tiny_Wheel.Extra-0.1.dist-info/METADATA",
            "Metadata-Version: 2.1\nName: Tiny_Wheel.Extra\nVersion: 0.1.post1+local\nSummary: x\n\nName: not-the-name\nVersion: 9\n");

        var package = PythonMetadata.Parse(file);

        Assert.NotNull(package);
        Assert.Equal(("Tiny_Wheel.Extra", "0.1.post1+local"), (package.Name, package.Version));
        Assert.Equal("pkg:pypi/tiny-wheel-extra@0.1.post1%2Blocal", package.Purl);
        Assert.Equal(file.Path, package.Location);
        Assert.Null(PythonMetadata.Parse(new InventoryFile("/x/METADATA", "Metadata-Version: 2.1\nName: nameless-version\n")));
    }

    [Fact]
    public void Conda_meta_record_gives_name_version_and_the_build_channel_subdir_type_qualifiers()
    {
        var file = new InventoryFile("/opt/conda/conda-meta/zlib-1.2.13-h4ab18f5_6.json", """
            {
              "build": "h4ab18f5_6",
              "build_number": 6,
              "channel": "https://conda.anaconda.org/conda-forge/linux-64",
              "depends": ["libgcc-ng >=12", "libzlib 1.2.13 h4ab18f5_6"],
              "files": ["include/zlib.h", "lib/libz.so.1.2.13"],
              "fn": "zlib-1.2.13-h4ab18f5_6.conda",
              "name": "zlib",
              "subdir": "linux-64",
              "version": "1.2.13"
            }
            """);

        var package = CondaMeta.Parse(file);

        Assert.NotNull(package);
        Assert.Equal("pkg:conda/zlib@1.2.13?build=h4ab18f5_6&channel=conda-forge&subdir=linux-64&type=conda", package.Purl);
        Assert.Equal(PackageType.Conda, package.Type);
        Assert.Null(CondaMeta.Parse(new InventoryFile("/opt/conda/conda-meta/history.json", "not json")));
        Assert.Null(CondaMeta.Parse(new InventoryFile("/opt/conda/conda-meta/x.json", """{"name": "no-version"}""")));
    }

    [Theory]
    [InlineData("Django", "django")]
    [InlineData("ruamel.yaml", "ruamel-yaml")]
    [InlineData("typing__extensions", "typing-extensions")]
    [InlineData("A-_.b", "a-b")]
    public void Python_names_are_normalised_as_pypi_compares_them(string name, string normalised)
    {
        Assert.Equal(normalised, PackageUrl.NormalizePythonName(name));
    }
}
