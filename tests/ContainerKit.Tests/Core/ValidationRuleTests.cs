using ContainerKit.Definitions;
using ContainerKit.Diagnostics;
using ContainerKit.Model;
using ContainerKit.Rendering;
using Xunit;

namespace ContainerKit.Tests.Core;

/// <summary>One bad value per validation rule: the diagnostic's id, location (definition.member), message and value.</summary>
public sealed class ValidationRuleTests
{
    private static readonly MatrixEntry Cpu = new(Platform.Amd64, Acceleration.Cpu);

    public static TheoryData<string, string, string, string, string> Cases() => new()
    {
        // case name, expected id, expected location, message fragment, expected value ("" when the diagnostic carries none)
        { "apt name", "CK1001", "TestEnvironment.RuntimeApt", "not a valid Debian package name", "Bad_Name" },
        { "apt pin", "CK1002", "TestEnvironment.RuntimeApt", "not a valid Debian version", "git=:bad" },
        { "pep 508", "CK1003", "TestEnvironment.Pip", "not a valid PEP 508 requirement", "requests===" },
        { "conda spec", "CK1004", "TestCondaEnvironment.Conda", "not a valid conda match spec", "=numpy" },
        { "image reference", "CK1005", "TestEnvironment.Base", "not a valid OCI reference", "Debian:Bookworm Slim" },
        { "env var name", "CK1006", "TestEnvironment.EnvironmentVariables", "not a valid environment variable name", "1BAD" },
        { "uid range", "CK1007", "TestEnvironment.User", "out of range", "0" },
        { "unknown stage", "CK1008", "TestEnvironment.CustomStages", "names no stage", "nowhere" },
        { "stage cycle", "CK1009", "TestEnvironment.CustomStages", "cycle", "a -> b -> a" },
        { "shell injection", "CK1011", "TestEnvironment.RuntimeApt", "which the shell would interpret", "git; rm -rf /" },
        { "requirements file missing", "CK1012", "TestEnvironment.Pip", "the dependency file does not exist", "missing/requirements.txt" },
        { "project name", "CK1014", "TestEnvironment.Project", "not a simple lower-case name", "Bad Project" },
        { "absolute path", "CK1015", "TestEnvironment.Project", "PROJECT_ROOT_AT", "relative/path" },
        { "password hash", "CK1016", "TestEnvironment.User", "not a crypt(3) hash", "(hidden: not a hash)" },
        { "empty matrix", "CK1017", "TestEnvironment.Matrix", "no entry", "" },
        { "installer url", "CK1018", "TestCondaEnvironment.CondaInstallerFor", "not an absolute https URL", "ftp://example.org/x.sh" },
        { "stage name", "CK1019", "TestEnvironment.CustomStages", "built-in", "runtime-generic" },
        { "raw instruction", "CK1022", "TestEnvironment.RuntimeInstructions", "not an allowed single-line instruction", "FROM scratch" },
        { "label", "CK1023", "TestEnvironment.Labels", "not a valid label key", "Bad Key" },
        { "name length", "CK1025", "TestEnvironment.Project", "more than 64", new string('p', 65) },
        { "port range", "CK1026", "TestEnvironment.Entrypoint", "out of the range 1..65535", "-5" },
        { "acceleration name", "CK1050", "TestEnvironment.Matrix", "not a valid tag part", "CU-124" },
        { "duplicate acceleration", "CK1051", "TestEnvironment.Matrix", "share the name", "gpu" },
        { "acceleration check", "CK1052", "TestEnvironment.Matrix", "acceleration cpu2: needs an accelerator image", "debian:bookworm-slim" },
        { "device options", "CK1053", "TestEnvironment.Matrix", "not an absolute path", "dev/tpu0" },
        { "mount target", "CK1054", "TestEnvironment.Mounts", "not a plain absolute path", "data" },
        { "mount overlap", "CK1055", "TestEnvironment.Mounts", "overlaps the project mount /project/test-project", "/project" },
        { "mount source", "CK1056", "TestEnvironment.Mounts", "host path of the mount at /data is not plain", "../data" },
        { "mount variable", "CK1057", "TestEnvironment.Mounts", "already set by another mount", "DATA_DIR" },
        { "index url", "CK1070", "TestEnvironment.PipSources", "not an absolute http or https URL", "download.pytorch.org/whl/cu124" },
        { "index credentials", "CK1070", "TestEnvironment.PipSources", "carries credentials", "https://***@pypi.example.org/simple" },
        { "trusted host", "CK1071", "TestEnvironment.PipSources", "not host or host:port", "pypi.example.org:99999" },
        { "find links", "CK1072", "TestEnvironment.PipSources", "neither an http(s) URL nor an absolute path", "wheels" },
        { "installer checksum", "CK1073", "TestCondaEnvironment.CondaInstallerFor", "not a SHA-256 of 64 hex digits", "abc123" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_value_gives_its_diagnostic(string name, string id, string location, string message, string value)
    {
        var diagnostic = Assert.Single(Diagnose(Definition(name)), d => d.Id == id);

        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(location, diagnostic.Location);
        Assert.False(string.IsNullOrWhiteSpace(message), $"the case '{name}' names no message fragment, so its message assertion could not fail");
        Assert.Contains(message, diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(value.Length > 0 ? value : null, diagnostic.Value);
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.Hint));
        Assert.Contains($"{id} at {location}", diagnostic.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_rule_has_a_case()
    {
        var covered = Cases().Select(c => (string)c[1]).ToHashSet();
        covered.UnionWith(["CK1010", "CK1013", "CK1020", "CK1021", "CK1024"]); // tested by the facts below
        covered.UnionWith(["CK1040", "CK1041"]); // render settings, tested in Rendering/RenderSettingsTests
        covered.UnionWith(["CK1058", "CK1059"]); // checked when running, tested in Definitions/MountTests
        Assert.All(Validation.DefinitionRules.All, rule => Assert.Contains(rule.Id, covered));
    }

    [Fact]
    public void Duplicate_package_across_stages_is_a_warning_and_still_renders()
    {
        var plan = RenderPipeline.Plan([new TestEnvironment { RuntimeAptValue = ["git"], DevAptValue = ["git"] }], RenderSelection.All, _ => null);

        var warning = Assert.Single(plan.Warnings, d => d.Id == "CK1010");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal("git", warning.Value);
        Assert.Single(plan.Entries);
    }

    [Fact]
    public void Requirements_file_with_an_unsupported_option_is_CK1013()
    {
        var definition = new TestEnvironment { PipValue = PipRequirements.FromFile("deps/requirements.txt") };
        var diagnostic = Assert.Single(Diagnose(definition, _ => "requests==2.32.3\n--editable ./x\n"), d => d.Id == "CK1013");
        Assert.Contains("deps/requirements.txt:2", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_that_throws_is_CK1020_naming_the_member()
    {
        var diagnostic = Assert.Single(Diagnose(new ThrowingEnvironment()), d => d.Id == "CK1020");
        Assert.Equal("ThrowingEnvironment.RuntimeApt", diagnostic.Location);
        Assert.Contains("boom", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_environments_with_one_name_are_CK1021()
    {
        var error = Assert.Throws<DiagnosticException>(() => RenderPipeline.Plan([new TestEnvironment(), new TestEnvironment()], RenderSelection.All, _ => null));
        Assert.Contains(error.Diagnostics, d => d.Id == "CK1021" && d.Value == "test-env");
    }

    [Theory]
    [InlineData("nope", "", "", "--environment", "nope (known: test-env)")]
    [InlineData("", "riscv", "", "--platform", "riscv")]
    [InlineData("", "", "tpu", "--acceleration", "tpu")]
    public void Unknown_selection_is_CK1024(string environment, string platform, string acceleration, string location, string value)
    {
        var selection = new RenderSelection(Words(environment), Words(platform), Words(acceleration));
        var error = Assert.Throws<DiagnosticException>(() => RenderPipeline.Plan([new TestEnvironment()], selection, _ => null));
        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(("CK1024", location, value), (diagnostic.Id, diagnostic.Location, diagnostic.Value));

        static string[] Words(string text) => text.Length == 0 ? [] : [text];
    }

    private static IReadOnlyList<Diagnostic> Diagnose(EnvironmentDefinition definition, Func<string, string?>? readFile = null)
    {
        try
        {
            return RenderPipeline.Plan([definition], RenderSelection.All, readFile ?? (_ => null)).Warnings;
        }
        catch (DiagnosticException e)
        {
            return e.Diagnostics;
        }
    }

    private static EnvironmentDefinition Definition(string name) => name switch
    {
        "apt name" => new TestEnvironment { RuntimeAptValue = ["Bad_Name"] },
        "apt pin" => new TestEnvironment { RuntimeAptValue = ["git=:bad"] },
        "pep 508" => new TestEnvironment { PipValue = ["requests==="] },
        "conda spec" => new TestCondaEnvironment { CondaValue = new() { Dependencies = ["=numpy"] } },
        "image reference" => new TestEnvironment { BaseValue = "Debian:Bookworm Slim" },
        "env var name" => new TestEnvironment { Variables = new() { ["1BAD"] = "x" } },
        "uid range" => new TestEnvironment { UserValue = new() { ExampleUid = 0 } },
        "unknown stage" => new TestEnvironment { Stages = [new CustomStage("tools", "nowhere", Instruction.Run("true"))] },
        "stage cycle" => new TestEnvironment { Stages = [new CustomStage("a", "b", Instruction.Run("true")), new CustomStage("b", "a", Instruction.Run("true"))] },
        "shell injection" => new TestEnvironment { RuntimeAptValue = ["git; rm -rf /"] },
        "requirements file missing" => new TestEnvironment { PipValue = PipRequirements.FromFile("missing/requirements.txt") },
        "project name" => new TestEnvironment { ProjectValue = new("Bad Project", package: "bad_project", imageName: "bad-project") },
        "absolute path" => new TestEnvironment { ProjectValue = new("test-project", projectRootAt: "relative/path") },
        "password hash" => new TestEnvironment { UserValue = new() { Sudo = SudoPolicy.WithPasswordHash("plaintext-password") } },
        "empty matrix" => new TestEnvironment { MatrixValue = Matrix.Platforms().Accelerations(Acceleration.Cpu) },
        "installer url" => new TestCondaEnvironment { Installer = "ftp://example.org/x.sh" },
        "stage name" => new TestEnvironment { Stages = [new CustomStage("runtime-generic", "debian:bookworm-slim", Instruction.Run("true"))] },
        "raw instruction" => new TestEnvironment { Runtime = [Instruction.Raw("FROM scratch")] },
        "label" => new TestEnvironment { LabelsValue = new() { Extra = new Dictionary<string, string> { ["Bad Key"] = "x" } } },
        "name length" => new TestEnvironment { ProjectValue = new(new string('p', 65)) },
        "port range" => new TestEnvironment { EntrypointValue = new() { DefaultSshPort = -5 } },
        "acceleration name" => Accelerated(Acceleration.CudaVariant("CU-124")),
        "duplicate acceleration" => Accelerated(Acceleration.CudaVariant("gpu"), Acceleration.RocmVariant("gpu")),
        "acceleration check" => Accelerated(Acceleration.Custom("cpu2", DeviceOptions.None, (_, _) => ["needs an accelerator image"])),
        "device options" => Accelerated(Acceleration.Custom("tpu", new DeviceOptions { Devices = ["dev/tpu0"] })),
        "mount target" => new TestEnvironment { MountsValue = [Mount.Dataset("data", "data")] },
        "mount overlap" => new TestEnvironment { MountsValue = [Mount.Output("outputs", "/project")] },
        "mount source" => new TestEnvironment { MountsValue = [Mount.Dataset("../data", "/data")] },
        "mount variable" => new TestEnvironment { MountsValue = [Mount.Dataset("a", "/a").WithVariable("DATA_DIR"), Mount.Dataset("b", "/b").WithVariable("DATA_DIR")] },
        "index url" => new TestEnvironment { SourcesValue = new() { IndexUrl = "download.pytorch.org/whl/cu124" } },
        "index credentials" => new TestEnvironment { SourcesValue = new() { ExtraIndexUrls = ["https://me:s3cret@pypi.example.org/simple"] } },
        "trusted host" => new TestEnvironment { SourcesValue = new() { TrustedHosts = ["pypi.example.org:99999"] } },
        "find links" => new TestEnvironment { SourcesValue = new() { FindLinks = ["wheels"] } },
        "installer checksum" => new TestCondaEnvironment { InstallerSha256 = "abc123" },
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    private static TestEnvironment Accelerated(params Acceleration[] accelerations) =>
        new() { MatrixValue = Matrix.Platforms(Platform.Amd64).Accelerations(accelerations) };

    private sealed class ThrowingEnvironment : FromPythonEnvironment
    {
        public override Project Project => new("throwing");
        public override BaseImage Base(MatrixEntry entry) => BaseImage.Parse("debian:bookworm-slim");
        public override AptPackages RuntimeApt => throw new InvalidOperationException("boom");
    }
}
