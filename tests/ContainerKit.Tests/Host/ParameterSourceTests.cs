using ContainerKit.Tests.Scripting;

namespace ContainerKit.Tests.Host;

public sealed class ParameterSourceTests
{
    [Fact]
    public async Task The_command_line_wins_over_the_environment_and_the_parameters_file()
    {
        using var root = RootWithParameters("""{ "releaseName": "from-file" }""");
        var build = new ParameterBuild();

        await HostRun.StartAsync(build, ["Show", "--release-name", "from-cli"], Env("CONTAINERKIT_RELEASE_NAME", "from-env"), root.Path);

        Assert.Equal("from-cli", build.ReleaseName);
    }

    [Fact]
    public async Task The_environment_wins_over_the_parameters_file()
    {
        using var root = RootWithParameters("""{ "releaseName": "from-file" }""");
        var build = new ParameterBuild();

        await HostRun.StartAsync(build, ["Show"], Env("CONTAINERKIT_RELEASE_NAME", "from-env"), root.Path);

        Assert.Equal("from-env", build.ReleaseName);
    }

    [Fact]
    public async Task The_parameters_file_is_read_with_camel_case_keys()
    {
        using var root = RootWithParameters("""{ "releaseName": "from-file", "copies": 4, "force": true }""");
        var build = new ParameterBuild();

        await HostRun.StartAsync(build, ["Show"], root: root.Path);

        Assert.Equal(("from-file", 4, true), (build.ReleaseName, build.Copies, build.Force));
    }

    [Fact]
    public async Task The_parameters_file_accepts_kebab_case_keys()
    {
        using var root = RootWithParameters("""{ "release-name": "from-file" }""");
        var build = new ParameterBuild();

        await HostRun.StartAsync(build, ["Show"], root: root.Path);

        Assert.Equal("from-file", build.ReleaseName);
    }

    [Fact]
    public async Task The_prefixed_environment_variable_is_read()
    {
        var build = new ParameterBuild();
        var environment = new Dictionary<string, string> { ["RELEASE_NAME"] = "plain", ["CONTAINERKIT_RELEASE_NAME"] = "prefixed" };

        await HostRun.StartAsync(build, ["Show"], environment);

        Assert.Equal("prefixed", build.ReleaseName);
    }

    [Fact]
    public async Task An_unprefixed_environment_variable_is_never_a_parameter()
    {
        using var root = RootWithParameters("""{ "releaseName": "from-file" }""");
        var build = new ParameterBuild();
        var environment = new Dictionary<string, string> { ["RELEASE_NAME"] = "plain", ["COPIES"] = "7", ["FORCE"] = "true", ["LABELS"] = "a b" };

        await HostRun.StartAsync(build, ["Show"], environment, root.Path);

        Assert.Equal(("from-file", 1, false, 0), (build.ReleaseName, build.Copies, build.Force, build.Labels.Length));
    }

    [Fact]
    public async Task Shell_variables_named_like_containerkit_parameters_do_not_set_them_but_prefixed_ones_do()
    {
        var plain = new ContainerKitTargetsBuild();
        var prefixed = new ContainerKitTargetsBuild();

        await HostRun.StartAsync(plain, ["Lint", "--plan"], new Dictionary<string, string> { ["ENVIRONMENT"] = "nope", ["STAGE"] = "nope", ["USER"] = "someone" });
        await HostRun.StartAsync(prefixed, ["Lint", "--plan"], new Dictionary<string, string> { ["CONTAINERKIT_ENVIRONMENT"] = "research", ["CONTAINERKIT_STAGE"] = "python-env" });

        Assert.Empty(plain.EnvironmentFilter);
        Assert.Equal((null, null), (plain.Stage, plain.User));
        Assert.Equal(["research"], prefixed.EnvironmentFilter);
        Assert.Equal("python-env", prefixed.Stage);
    }

    [Fact]
    public async Task An_empty_environment_variable_counts_as_unset()
    {
        using var root = RootWithParameters("""{ "releaseName": "from-file" }""");
        var build = new ParameterBuild();

        await HostRun.StartAsync(build, ["Show"], Env("CONTAINERKIT_RELEASE_NAME", ""), root.Path);

        Assert.Equal("from-file", build.ReleaseName);
    }

    [Fact]
    public async Task A_parameter_without_any_source_keeps_its_initial_value()
    {
        var build = new ParameterBuild();

        await HostRun.StartAsync(build, ["Show"]);

        Assert.Equal((1, Flavor.Vanilla, (int?)null), (build.Copies, build.Flavor, build.Parallelism));
    }

    [Fact]
    public async Task An_inline_value_after_an_equals_sign_is_read()
    {
        var build = new ParameterBuild();

        await HostRun.StartAsync(build, ["Show", "--release-name=v2"]);

        Assert.Equal("v2", build.ReleaseName);
    }

    internal static TempFolder RootWithParameters(string json)
    {
        var root = new TempFolder();
        root.Write(".nuke/parameters.json", json);
        return root;
    }

    internal static Dictionary<string, string> Env(string name, string value) => new() { [name] = value };
}
